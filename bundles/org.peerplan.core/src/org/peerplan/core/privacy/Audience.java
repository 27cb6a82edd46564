package org.peerplan.core.privacy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who a document is for, and so which personal data it may hold. The audiences are ordered: each may read what the
 * ones before it may.
 */
public enum Audience {

    /** The board: its documents end up in public minutes, so they hold no personal data at all. */
    BOARD("board", null, EnumSet.noneOf(PersonalDataKind.class)),

    /**
     * The leadership team: it hired the peer staff for their lived experience and may know who has it, but not who
     * receives services here, nor anyone's health or evaluations.
     */
    LEADERSHIP("leadership", "Internal — leadership team", EnumSet.of(PersonalDataKind.LIVED_EXPERIENCE)),

    /** Supervisors and HR, keeping personnel records: everything. */
    PERSONNEL("personnel", "Confidential — personnel record", EnumSet.allOf(PersonalDataKind.class));

    private final String id;

    private final String marking;

    private final Set<PersonalDataKind> sees;

    Audience(String id, String marking, Set<PersonalDataKind> sees) {
        this.id = id;
        this.marking = marking;
        this.sees = sees;
    }

    /** The name users give on the command line: {@code board}. */
    public String id() {
        return id;
    }

    /** What every page of a document for this audience says about its handling; none for the board. */
    public Optional<String> marking() {
        return Optional.ofNullable(marking);
    }

    public boolean sees(PersonalDataKind kind) {
        return sees.contains(kind);
    }

    public boolean seesEverything() {
        return sees.size() == PersonalDataKind.values().length;
    }

    /** Whether this audience may read what {@code other} may. */
    public boolean includes(Audience other) {
        return compareTo(other) >= 0;
    }

    public static Optional<Audience> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
