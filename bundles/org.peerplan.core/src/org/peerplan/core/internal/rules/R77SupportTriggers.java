package org.peerplan.core.internal.rules;


import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.SupervisionPlan;
import org.peerplan.model.SupportTrigger;

/** R77: peers get extra support at each predictable point: new hire, special occasions, difficulties, change. */
final class R77SupportTriggers extends Rule {

    R77SupportTriggers() {
        super("R77", Area.CULTURE, Strength.ADVISORY, Citations.cite(Citations.WISE, "COMPETENCY 3 › Try this"));
    }

    @Override
    public void check(RuleContext context) {
        SupervisionPlan supervision = context.plan().getSupervision();
        for (SupportTrigger trigger : SupportTrigger.VALUES) {
            if (supervision.getSupportProvisions().stream().noneMatch(p -> p.getTrigger() == trigger)) {
                context.report(supervision, "The supervision plan offers peers no extra support at "
                        + moment(trigger) + ": plan how peers are supported then.");
            }
        }
    }

    private static String moment(SupportTrigger trigger) {
        return switch (trigger) {
            case NEW_HIRE -> "hire";
            case SPECIAL_OCCASION -> "special occasions";
            case PERSONAL_DIFFICULTY -> "times of personal difficulty";
            case ORGANIZATIONAL_CHANGE -> "times of organizational change";
            default -> Wording.words(trigger);
        };
    }
}
