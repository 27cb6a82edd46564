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
                new R26QuizAnswered(),
                new R27SpeedUpOption(),
                new R28Responsibilities(),
                new R29MotivationSelfAssessment(),
                new R30BoardBuyIn(),
                new R31Champions(),
                new R32StaffReadinessTraining(),
                new R33RecoveryOrientationFirst(),
                new R34PolicyReviewComplete(),
                new R35JobDescriptionBeforeRecruitment(),
                new R36HrReadiness(),
                new R37NoPeerOnlyPolicies(),
                new R38HiringServiceRecipients(),
                new R39AdvisoryBoard(),
                new R40TensionRegister());
    }
}
