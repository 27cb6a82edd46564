package org.peerplan.core.internal.rules;

import java.util.List;

import org.peerplan.core.validation.Rule;

/** The rules of DOMAIN §9's area "Culture, outcomes, wellbeing and risk factors". */
final class CultureRules {

    private CultureRules() {
    }

    static List<Rule> all() {
        return List.of(
                new R73RecoveryOutcomes(),
                new R74RiskFactorsMapped(),
                new R75WellbeingPractices(),
                new R76CompetenciesRated(),
                new R77SupportTriggers(),
                new R78RoleClarity());
    }
}
