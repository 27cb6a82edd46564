package org.peerplan.core.privacy;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of personal data a plan holds, as the metamodel's features are marked with them. */
public enum PersonalDataKind {

    /** That a person has lived experience of recovery: each person's own disclosure to make. */
    LIVED_EXPERIENCE("livedExperience", true),

    /** That a person receives services at the agency. */
    RECEIVES_SERVICES("receivesServices", true),

    /** An employee's health, as an accommodation reveals it. */
    HEALTH("health", false),

    /** A named employee's evaluation, development plan or plan of action. */
    EVALUATION("evaluation", false);

    private final String marker;

    private final boolean aboutWhoSomeoneIs;

    PersonalDataKind(String marker, boolean aboutWhoSomeoneIs) {
        this.marker = marker;
        this.aboutWhoSomeoneIs = aboutWhoSomeoneIs;
    }

    /**
     * Whether the data is a fact about who a person is, such as a flag on the person: an audience that may not see
     * it sees the fact but not the name; other data an audience may not see is withheld itself.
     */
    public boolean aboutWhoSomeoneIs() {
        return aboutWhoSomeoneIs;
    }

    /** The kind whose marker the metamodel's annotation gives. */
    static Optional<PersonalDataKind> byMarker(String marker) {
        return Arrays.stream(values()).filter(k -> k.marker.equals(marker)).findFirst();
    }
}
