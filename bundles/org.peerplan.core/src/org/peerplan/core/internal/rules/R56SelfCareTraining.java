package org.peerplan.core.internal.rules;

import java.util.Locale;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.WellbeingPracticeKind;

/**
 * R56: the training plan includes self-care, the peers' top reported training need (a session of a self-care
 * course, or a self-care practice), and addresses vicarious trauma and trauma-informed care (a vicarious-trauma
 * practice, or a session whose title names trauma).
 */
final class R56SelfCareTraining extends Rule {

    R56SelfCareTraining() {
        super("R56", Area.TRAINING, Strength.ADVISORY, Citations.cite(Citations.WEBINAR, "Training Needs"));
    }

    @Override
    public void check(RuleContext context) {
        ImplementationPlan plan = context.plan();
        boolean selfCare = plan.getTrainingPlan().getSessions().stream()
                .anyMatch(s -> s.getCourse() != null && s.getCourse().isSelfCare()) || practises(plan,
                        WellbeingPracticeKind.SELF_CARE);
        if (!selfCare) {
            context.report(plan.getTrainingPlan(), "The training plan includes no self-care, the training need peers"
                    + " report most: schedule Self Care & Stress Management or plan a self-care practice.");
        }
        boolean trauma = practises(plan, WellbeingPracticeKind.VICARIOUS_TRAUMA_SUPPORT)
                || plan.getTrainingPlan().getSessions().stream().anyMatch(s -> s.getTitle() != null
                        && s.getTitle().toLowerCase(Locale.ROOT).contains("trauma"));
        if (!trauma) {
            context.report(plan.getTrainingPlan(), "The plan does not address vicarious trauma or trauma-informed care:"
                    + " add training on them or a vicarious-trauma support practice.");
        }
    }

    private static boolean practises(ImplementationPlan plan, WellbeingPracticeKind kind) {
        return plan.getSupervision().getWellbeingPractices().stream().anyMatch(p -> p.getKind() == kind);
    }
}
