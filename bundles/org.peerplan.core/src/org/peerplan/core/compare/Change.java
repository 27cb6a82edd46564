package org.peerplan.core.compare;

/**
 * One thing that moved between two versions of a plan.
 *
 * @param id          the element's identity in the file, or null for the plan as a whole (a band, a year's budget)
 * @param text        the change in the consultant's words; for a finding, its message (the kind says resolved
 *                    or new)
 * @param workingDays for a task that moved, the working days its last day moved (later is positive); else 0
 */
public record Change(ChangeArea area, ChangeKind kind, String id, String text, long workingDays) {
}
