package org.peerplan.core.compare;

/** The parts of a plan a board asks about, in the order a comparison lists them. */
public enum ChangeArea {
    HORIZON("The first peer's start"),
    TIMELINE("Timeline"),
    ROOT_CAUSES("Root causes"),
    ACTIONS("Action plan"),
    FINDINGS("Findings"),
    READINESS("Readiness"),
    BUDGET("Budget"),
    ROLES("Peer roles");

    private final String title;

    ChangeArea(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
