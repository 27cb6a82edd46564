package org.peerplan.core.internal.rules;

import java.util.List;

import org.peerplan.core.validation.Rule;

/** The rules of DOMAIN §9's area "Onboarding, supervision cadence and performance management". */
final class OnboardingRules {

    private OnboardingRules() {
    }

    static List<Rule> all() {
        return List.of(
                new R58CheckInCadence(),
                new R59DayOneTopics(),
                new R60RatingComments(),
                new R61RareRatings(),
                new R62PlanOfActionTimeFrame(),
                new R63WorkPlanSchedule(),
                new R64BasicsInWorkPlan(),
                new R65AccommodationNotLowering());
    }
}
