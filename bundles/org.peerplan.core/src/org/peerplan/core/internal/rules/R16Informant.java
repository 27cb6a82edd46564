package org.peerplan.core.internal.rules;

import org.peerplan.core.validation.Strength;

/** R16: no peer duty makes the peer an informant for the team. */
final class R16Informant extends ConflictingDutyRule {

    R16Informant() {
        super("R16", Strength.EXPLICIT, Citations.cite(Citations.HANDBOOK, "Top Ten Misconceptions About Peer Work #4"), false, "CD-04");
    }
}
