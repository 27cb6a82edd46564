package org.peerplan.core.validation;

/** The areas of the toolkits' rules, in the order reports list them. */
public enum Area {
    STRUCTURE("Plan file structure"),
    STAFFING("Staffing structure and reporting"),
    ROLES("Role definition and boundaries"),
    READINESS("Readiness, timeline and foundation"),
    HIRING("Job description, recruitment and interviewing"),
    TRAINING("Training, certification and continuing education"),
    ONBOARDING("Onboarding, supervision cadence and performance management"),
    ROOT_CAUSES("Root cause analyses"),
    CULTURE("Culture, outcomes, wellbeing and risk factors");

    private final String title;

    Area(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
