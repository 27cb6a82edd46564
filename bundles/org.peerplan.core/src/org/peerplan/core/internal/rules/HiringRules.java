package org.peerplan.core.internal.rules;

import java.util.List;

import org.peerplan.core.validation.Rule;

/** The rules of DOMAIN §9's area "Job description, recruitment and interviewing". */
final class HiringRules {

    private HiringRules() {
    }

    static List<Rule> all() {
        return List.of();
    }
}
