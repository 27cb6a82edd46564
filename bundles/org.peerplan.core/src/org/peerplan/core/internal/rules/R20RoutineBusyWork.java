package org.peerplan.core.internal.rules;

import org.peerplan.core.validation.Strength;

/** R20: no routine phone triage, filing, rides, file reading, cleaning or purely social outings. */
final class R20RoutineBusyWork extends ConflictingDutyRule {

    R20RoutineBusyWork() {
        super("R20", Strength.ADVISORY, Citations.cite(Citations.HANDBOOK, "Is that really part of a 'peer' role?"), true, "CD-10", "CD-11", "CD-12", "CD-13", "CD-14", "CD-15", "CD-16", "CD-17");
    }
}
