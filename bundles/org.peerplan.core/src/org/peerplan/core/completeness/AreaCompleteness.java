package org.peerplan.core.completeness;

import java.util.List;

/**
 * How complete one area of a plan is: of the facts it asks for, how many are present, and what is missing.
 *
 * @param present  the facts present
 * @param expected the facts the area asks for, at least one
 */
public record AreaCompleteness(PlanArea area, int present, int expected, List<Need> needs) {

    public AreaCompleteness {
        needs = List.copyOf(needs);
    }

    public boolean complete() {
        return needs.isEmpty();
    }

    /** The share present, from 0 to 1. */
    public double share() {
        return (double) present / expected;
    }
}
