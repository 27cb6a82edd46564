/**
 * From a plan to its diagrams: {@link org.peerplan.diagram.plan.PlanDiagrams} builds the laid-out diagrams of each
 * kind from a plan and what the engine computed about it (schedule, findings, readiness).
 */
package org.peerplan.diagram.plan;
