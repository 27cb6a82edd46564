/**
 * Scheduling in working days (weekdays less the agency's holidays): dates from durations and dependencies (forward
 * and backward pass), slack and the critical path, milestones, the preparation horizon against the readiness band,
 * and tasks overdue on a given day.
 */
package org.peerplan.core.schedule;
