package org.peerplan.core.internal.rules;

import java.util.List;

import org.peerplan.core.validation.Rule;

/** The rules of DOMAIN §9's area "Readiness, timeline and foundation". */
final class ReadinessRules {

    private ReadinessRules() {
    }

    static List<Rule> all() {
        return List.of(
                new R25PreparationHorizon(),
                new R27SpeedUpOption(),
                new R28Responsibilities());
    }
}
