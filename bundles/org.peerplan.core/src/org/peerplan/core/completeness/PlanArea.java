package org.peerplan.core.completeness;

/** The areas of a plan that a consultant fills in, in the order a board pack lists what is missing. */
public enum PlanArea {
    AGENCY("The agency and who prepares the plan"),
    TIMELINE("The timeline's dates"),
    READINESS("Readiness"),
    ROLES("Peer roles and pay"),
    SUPERVISION("Supervision"),
    POLICY_REVIEW("Policy review"),
    ROOT_CAUSES("Root causes and actions"),
    TRAINING("Training"),
    BUDGET("Budget and funding"),
    RISKS("Risks and tensions");

    private final String title;

    PlanArea(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
