package org.peerplan.core.internal.rules;

import java.util.List;

import org.peerplan.core.validation.Rule;

/** The rules of DOMAIN §9's area "Root cause analyses". */
final class RootCauseRules {

    private RootCauseRules() {
    }

    static List<Rule> all() {
        return List.of(
                new R66CurrentSituation(),
                new R67OneCategory(),
                new R68CauseWhy(),
                new R69CauseWithoutIntervention(),
                new R70SymptomAction(),
                new R71InterventionActions(),
                new R72AllCategories());
    }
}
