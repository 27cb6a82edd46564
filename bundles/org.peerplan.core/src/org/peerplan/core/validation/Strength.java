package org.peerplan.core.validation;

/** How firmly the sources state a rule, which sets its default severity. */
public enum Strength {
    /** The source states the rule or threshold directly: an error. */
    EXPLICIT,
    /** The source recommends it ("should", "ideally", "best practice"): a warning. */
    ADVISORY,
    /** PeerPlan derives it from the source as a mechanical check: a warning or information. */
    INFERRED
}
