package org.peerplan.core.internal.rules;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.PlanOfAction;
import org.peerplan.model.PlanOfActionOutcome;

/**
 * R62: an improvement plan of action has a specific time frame and, once it has ended, a recorded outcome (met
 * requirements, terminated or transferred).
 */
final class R62PlanOfActionTimeFrame extends Rule {

    R62PlanOfActionTimeFrame() {
        super("R62", Area.ONBOARDING, Strength.EXPLICIT, Citations.cite(Citations.HANDBOOK, "Performance Reviews"));
    }

    @Override
    public void check(RuleContext context) {
        for (PlanOfAction plan : context.plan().getPerformance().getPlansOfAction()) {
            String what = "The plan of action for " + PerformanceLookups.name(plan.getEmployee())
                    + (plan.getArea() == null || plan.getArea().isBlank() ? "" : " (" + plan.getArea() + ")");
            if (plan.getStartDate() == null || plan.getEndDate() == null) {
                context.report(plan, what + " has no specific time frame: give it a start and an end date.");
            } else if (plan.getEndDate().isBefore(plan.getStartDate())) {
                context.report(plan, what + " ends on " + plan.getEndDate() + ", before it starts on "
                        + plan.getStartDate() + ".");
            } else if (plan.getEndDate().isBefore(context.today())
                    && plan.getOutcome() == PlanOfActionOutcome.PENDING) {
                context.report(plan, what + " ended on " + plan.getEndDate() + " but records no outcome: record"
                        + " whether the employee met the requirements, was terminated or was transferred.");
            }
        }
    }
}
