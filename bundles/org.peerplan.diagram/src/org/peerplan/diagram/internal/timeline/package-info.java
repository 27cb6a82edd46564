/**
 * The implementation timeline: a Gantt chart of the plan's tasks in stage lanes on a calendar axis, with dependency
 * arrows, milestones as diamonds, the critical path, done and overdue tasks, and vertical lines for today, the first
 * peer's start and the minimum preparation horizon the readiness quiz calls for. ELK has no time axis, so the chart
 * places everything itself from the computed schedule.
 */
package org.peerplan.diagram.internal.timeline;
