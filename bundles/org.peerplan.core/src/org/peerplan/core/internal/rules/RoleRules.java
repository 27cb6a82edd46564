package org.peerplan.core.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.peerplan.core.validation.Rule;

/**
 * The rules of DOMAIN §9's area "Role definition and boundaries". R22 ("do not create the role" when the budget
 * only allows peers who also take conflicting tasks) is not checked: the model records no such budget constraint.
 */
final class RoleRules {

    private RoleRules() {
    }

    static List<Rule> all() {
        List<ConflictingDutyRule> conflictingDuties = List.of(
                new R14MedicationDuties(),
                new R15FundHandling(),
                new R16Informant(),
                new R17ClinicalPaperwork(),
                new R18MeetingsWithoutThePerson(),
                new R19CommitmentProceedings(),
                new R20RoutineBusyWork());
        List<Rule> rules = new ArrayList<>(conflictingDuties);
        rules.add(new R21MisfitDutyJustification(conflictingDuties));
        rules.add(new R23LabellingLanguage());
        rules.add(new R24SelfDetermination());
        return List.copyOf(rules);
    }
}
