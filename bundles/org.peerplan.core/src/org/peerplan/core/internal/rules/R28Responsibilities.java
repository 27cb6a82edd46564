package org.peerplan.core.internal.rules;

import org.peerplan.core.plan.Labels;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Severity;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.Action;
import org.peerplan.model.Timeline;

/** R28: every action has an owner and a due date, and preparation is not squeezed into "a month or so". */
final class R28Responsibilities extends Rule {

    /** Under six months is what the source calls an unrealistic "month or so" plan; PeerPlan's threshold. */
    private static final int REALISTIC_MONTHS = 6;

    R28Responsibilities() {
        super("R28", Area.READINESS, Strength.EXPLICIT,
                Citations.cite(Citations.HANDBOOK, "Step 3 of Implementation: Developing a Timeline"));
    }

    @Override
    public void check(RuleContext context) {
        for (Action action : context.plan().getActions()) {
            if (action.getOwner() == null && action.getDue() == null) {
                context.report(action, "The " + Labels.of(action) + " has neither an owner nor a due date: assign"
                        + " who is responsible and by when.");
            } else if (action.getOwner() == null) {
                context.report(action, "The " + Labels.of(action) + " has no owner: assign who is responsible.");
            } else if (action.getDue() == null) {
                context.report(action, "The " + Labels.of(action) + " has no due date: set a realistic timeframe.");
            }
        }
        Timeline timeline = context.plan().getTimeline();
        if (timeline.getPlanStart() != null && timeline.getFirstPeerStart() != null
                && timeline.getFirstPeerStart().isBefore(timeline.getPlanStart().plusMonths(REALISTIC_MONTHS))) {
            context.report(Severity.WARNING, timeline, "Preparation from " + timeline.getPlanStart() + " to "
                    + timeline.getFirstPeerStart() + " is under six months: the source warns against plans that expect"
                    + " it all to happen within a month or so.");
        }
    }
}
