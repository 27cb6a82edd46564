package org.peerplan.core.internal.rules;

import java.util.List;

import org.peerplan.core.validation.Rule;

/** The rules of DOMAIN §9's area "Staffing structure and reporting". */
final class StaffingRules {

    private StaffingRules() {
    }

    static List<Rule> all() {
        return List.of(
                new R06PeerProfessionalDevelopment());
    }
}
