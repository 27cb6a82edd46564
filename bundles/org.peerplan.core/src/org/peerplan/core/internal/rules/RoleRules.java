package org.peerplan.core.internal.rules;

import java.util.List;

import org.peerplan.core.validation.Rule;

/** The rules of DOMAIN §9's area "Role definition and boundaries". */
final class RoleRules {

    private RoleRules() {
    }

    static List<Rule> all() {
        return List.of(
                new R14MedicationDuties(),
                new R15FundHandling(),
                new R16Informant(),
                new R17ClinicalPaperwork(),
                new R18MeetingsWithoutThePerson(),
                new R19CommitmentProceedings(),
                new R20RoutineBusyWork());
    }
}
