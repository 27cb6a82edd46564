package org.peerplan.core.internal.rules;

import org.peerplan.core.validation.Strength;

/** R18: no routine meetings where people are discussed without being present. */
final class R18MeetingsWithoutThePerson extends ConflictingDutyRule {

    R18MeetingsWithoutThePerson() {
        super("R18", Strength.ADVISORY, Citations.cite(Citations.HANDBOOK, "Is that really part of a 'peer' role? (Meetings)"), true, "CD-08");
    }
}
