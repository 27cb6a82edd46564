package org.peerplan.core.internal.rules;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.CollaborativeWorkPlan;
import org.peerplan.model.DevelopmentPlanAnswer;
import org.peerplan.model.YesNo;

/** R64: every No on "Development Plan: The Basics" is taken up by at least one need in the same work plan. */
final class R64BasicsInWorkPlan extends Rule {

    R64BasicsInWorkPlan() {
        super("R64", Area.ONBOARDING, Strength.INFERRED,
                Citations.cite(Citations.WISE, "Creating a Collaborative Work Plan"));
    }

    @Override
    public void check(RuleContext context) {
        for (CollaborativeWorkPlan plan : context.plan().getPerformance().getWorkPlans()) {
            for (DevelopmentPlanAnswer answer : plan.getBasics()) {
                if (answer.getAnswer() == YesNo.NO && answer.getAddressedBy().stream()
                        .noneMatch(need -> plan.getNeeds().contains(need))) {
                    String item = answer.getItem() == null ? "a basics item"
                            : "'" + answer.getItem().getName() + "' (" + answer.getItem().getCode() + ")";
                    context.report(answer, "In the collaborative work plan for "
                            + PerformanceLookups.name(plan.getEmployee()) + ", " + item + " is answered No but no need"
                            + " in the work plan takes it up: make it a topic of the plan.");
                }
            }
        }
    }
}
