package org.peerplan.core.internal.rules;

import java.util.List;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.SupervisionPlan;
import org.peerplan.model.WellbeingPracticeKind;

/** R75: the plan monitors compassion fatigue and burnout in supervision and provides for work-life balance. */
final class R75WellbeingPractices extends Rule {

    private record Practice(WellbeingPracticeKind kind, String missing) {
    }

    private static final List<Practice> REQUIRED = List.of(
            new Practice(WellbeingPracticeKind.COMPASSION_FATIGUE_MONITORING, "no compassion-fatigue and burnout"
                    + " monitoring: review the signs of compassion fatigue with each peer in supervision"),
            new Practice(WellbeingPracticeKind.WORK_LIFE_BALANCE, "no work-life balance provision: plan flexible"
                    + " hours, protected breaks or similar provisions"));

    R75WellbeingPractices() {
        super("R75", Area.CULTURE, Strength.ADVISORY,
                Citations.cite(Citations.WEBINAR, "Be Alert for Signs of Compassion Fatigue"));
    }

    @Override
    public void check(RuleContext context) {
        SupervisionPlan supervision = context.plan().getSupervision();
        for (Practice practice : REQUIRED) {
            if (supervision.getWellbeingPractices().stream().noneMatch(p -> p.getKind() == practice.kind())) {
                context.report(supervision, "The supervision plan has " + practice.missing() + ".");
            }
        }
    }
}
