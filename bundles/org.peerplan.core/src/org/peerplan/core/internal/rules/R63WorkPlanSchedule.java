package org.peerplan.core.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.CheckInFrequency;
import org.peerplan.model.CollaborativeWorkPlan;

/**
 * R63: a collaborative work plan has its start, end and expiration dates and its meeting frequency, length, day and
 * time; it ends and expires no earlier than it starts.
 */
final class R63WorkPlanSchedule extends Rule {

    R63WorkPlanSchedule() {
        super("R63", Area.ONBOARDING, Strength.EXPLICIT, Citations.cite(Citations.WISE, "Collaborative Work Plan"));
    }

    @Override
    public void check(RuleContext context) {
        for (CollaborativeWorkPlan plan : context.plan().getPerformance().getWorkPlans()) {
            String what = "The collaborative work plan for " + PerformanceLookups.name(plan.getEmployee());
            List<String> missing = missing(plan);
            if (!missing.isEmpty()) {
                context.report(plan, what + " has no " + String.join(", ", missing) + ".");
            }
            if (plan.getStartDate() != null && plan.getEndDate() != null
                    && plan.getEndDate().isBefore(plan.getStartDate())) {
                context.report(plan, what + " ends on " + plan.getEndDate() + ", before it starts on "
                        + plan.getStartDate() + ".");
            }
            if (plan.getStartDate() != null && plan.getExpirationDate() != null
                    && plan.getExpirationDate().isBefore(plan.getStartDate())) {
                context.report(plan, what + " expires on " + plan.getExpirationDate() + ", before it starts on "
                        + plan.getStartDate() + ".");
            }
        }
    }

    private static List<String> missing(CollaborativeWorkPlan plan) {
        List<String> missing = new ArrayList<>();
        if (plan.getStartDate() == null) {
            missing.add("start date");
        }
        if (plan.getEndDate() == null) {
            missing.add("end date");
        }
        if (plan.getExpirationDate() == null) {
            missing.add("expiration date");
        }
        if (plan.getMeetingFrequency() == CheckInFrequency.NONE) {
            missing.add("meeting frequency");
        }
        if (plan.getMeetingMinutes() <= 0) {
            missing.add("meeting length in minutes");
        }
        if (plan.getMeetingDay() == null || plan.getMeetingDay().isBlank()) {
            missing.add("meeting day");
        }
        if (plan.getMeetingTime() == null || plan.getMeetingTime().isBlank()) {
            missing.add("meeting time");
        }
        return missing;
    }
}
