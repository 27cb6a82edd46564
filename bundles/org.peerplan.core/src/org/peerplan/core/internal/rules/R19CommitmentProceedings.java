package org.peerplan.core.internal.rules;

import org.peerplan.core.validation.Strength;

/** R19: no part in commitment proceedings against the person. */
final class R19CommitmentProceedings extends ConflictingDutyRule {

    R19CommitmentProceedings() {
        super("R19", Strength.EXPLICIT, Citations.cite(Citations.HANDBOOK, "Is that really part of a 'peer' role? (Forced hospitalization/Commitment Hearings)"), false, "CD-09");
    }
}
