package org.peerplan.core.internal.rules;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.PeerInteractionEvent;
import org.peerplan.model.SupervisionPlan;

/** R10: the supervision plan has at least one recurring peer gathering facilitated by peer staff. */
final class R10PeerInteraction extends Rule {

    R10PeerInteraction() {
        super("R10", Area.STAFFING, Strength.ADVISORY, Citations.cite(Citations.WISE, "COMPETENCY 9"));
    }

    @Override
    public void check(RuleContext context) {
        SupervisionPlan supervision = context.plan().getSupervision();
        if (supervision.getPeerInteraction().isEmpty()) {
            context.report(supervision, "The plan schedules no regular peer-to-peer interaction: add at least one"
                    + " recurring gathering facilitated by peer staff, such as a weekly peer team meeting or a monthly"
                    + " call.");
        } else if (supervision.getPeerInteraction().stream().noneMatch(PeerInteractionEvent::isFacilitatedByPeer)) {
            context.report(supervision, "None of the plan's peer gatherings ("
                    + String.join(", ", supervision.getPeerInteraction().stream().map(e -> "'" + e.getName() + "'")
                            .toList())
                    + ") is facilitated by peer staff: let peers lead at least one of them.");
        }
    }
}
