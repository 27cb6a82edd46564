package org.peerplan.core.internal.rules;

import org.peerplan.core.validation.Strength;

/** R15: no peer duty handles someone's funds. */
final class R15FundHandling extends ConflictingDutyRule {

    R15FundHandling() {
        super("R15", Strength.EXPLICIT, Citations.cite(Citations.HANDBOOK, "Is that really part of a 'peer' role? (Fund Management)"), false, "CD-03");
    }
}
