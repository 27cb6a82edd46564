package org.peerplan.core.internal.rules;

import java.time.LocalDate;

import org.peerplan.core.readiness.QuizResult;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.Timeline;

/** R25: the planned preparation is no shorter than the readiness band's minimum. */
final class R25PreparationHorizon extends Rule {

    R25PreparationHorizon() {
        super("R25", Area.READINESS, Strength.EXPLICIT,
                Citations.cite(Citations.HANDBOOK, "Step 3 of Implementation: Developing a Timeline"));
    }

    @Override
    public void check(RuleContext context) {
        QuizResult quiz = context.quiz();
        if (quiz.band() == null) {
            return;
        }
        Timeline timeline = context.plan().getTimeline();
        String band = "band " + quiz.band().getMinTrue() + "–" + quiz.band().getMaxTrue();
        String calls = "The readiness quiz gives " + quiz.organizationTrueCount() + " of 10 True (" + band
                + "), which calls for at least " + quiz.minimumMonths() + " months of preparation";
        if (timeline.getPlanStart() == null || timeline.getFirstPeerStart() == null) {
            context.report(timeline, calls + ", but the timeline has no plan start or first-peer start date to check.");
            return;
        }
        LocalDate earliest = timeline.getPlanStart().plusMonths(quiz.minimumMonths());
        String inferred = quiz.minimumInferred() ? " (below five True answers the source states no minimum: this"
                + " 12-month floor is PeerPlan's inference)" : "";
        if (timeline.getFirstPeerStart().isBefore(earliest)) {
            long months = context.schedule().map(s -> s.horizonMonths()).orElse(-1L);
            context.report(timeline, calls + inferred + "; the timeline allows " + months + " months ("
                    + timeline.getPlanStart() + " to " + timeline.getFirstPeerStart()
                    + "). Move the first peer's start to " + earliest + " or later.");
        } else if (quiz.minimumInferred() && context.plan().getReadiness().getBenchmarks().isEmpty()) {
            context.report(context.plan().getReadiness(), calls + inferred + "; the plan also needs a recorded"
                    + " benchmark of how long other organizations took, and it has none.");
        }
    }
}
