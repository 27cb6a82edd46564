/**
 * Progress between board meetings. What moved between two versions of a plan (the one the board last saw and the
 * one today), or since one of the plan's baselines, found by the elements' identities in the file, so that a renamed
 * task is the same task: tasks added, removed, moved or done, actions done or overdue, findings resolved or new, the
 * readiness band, the budget per year, the peer roles. And the status at a glance: on track, at risk or late, stage
 * by stage.
 */
package org.peerplan.core.compare;
