package org.peerplan.core.validation;

import org.peerplan.model.ImplementationPlan;

/** A rule that one state's law or agencies impose, applied only to agencies in that state. */
public abstract class StateRule extends Rule {

    private final String state;

    protected StateRule(String id, Area area, Strength strength, String citation, String state) {
        super(id, area, strength, citation);
        this.state = state;
    }

    @Override
    public boolean appliesTo(ImplementationPlan plan) {
        return state.equalsIgnoreCase(plan.getAgency().getState());
    }
}
