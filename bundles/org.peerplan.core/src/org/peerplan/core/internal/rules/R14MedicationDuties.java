package org.peerplan.core.internal.rules;

import org.peerplan.core.validation.Strength;

/** R14: no peer duty administers or delivers medication or reports on medication compliance. */
final class R14MedicationDuties extends ConflictingDutyRule {

    R14MedicationDuties() {
        super("R14", Strength.EXPLICIT, Citations.cite(Citations.HANDBOOK, "Is that really part of a 'peer' role? (Medications)"), false, "CD-01", "CD-02");
    }
}
