package org.peerplan.core.completeness;

/**
 * One fact a plan still lacks.
 *
 * @param what what is missing, in the consultant's words ("the first peer's start date")
 * @param who  who should supply it ("the executive director")
 */
public record Need(PlanArea area, String what, String who) {
}
