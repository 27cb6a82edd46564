package org.peerplan.core.internal.rules;

import java.util.Optional;

import org.peerplan.core.plan.Labels;
import org.peerplan.core.schedule.ScheduledTask;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Task;

/**
 * R30: board and executive buy-in (S1-T1) is planned and finishes before recruitment starts, and an education
 * session for the board and executive team (S1-T2) is planned.
 */
final class R30BoardBuyIn extends Rule {

    static final String BUY_IN = "S1-T1";

    static final String EDUCATION = "S1-T2";

    R30BoardBuyIn() {
        super("R30", Area.READINESS, Strength.ADVISORY,
                Citations.cite(Citations.HANDBOOK, "Early Implementation › Buy-in"));
    }

    @Override
    public void check(RuleContext context) {
        ImplementationPlan plan = context.plan();
        Optional<Task> buyIn = FoundationQueries.plannedTask(plan, BUY_IN);
        if (buyIn.isEmpty()) {
            context.report(plan.getTimeline(), "The timeline has no task for board and executive buy-in (" + BUY_IN
                    + "): plan it, and record the buy-in before recruitment starts.");
        } else {
            Optional<ScheduledTask> recruitment = FoundationQueries.recruitmentStart(context);
            Optional<ScheduledTask> scheduled = context.schedule().map(s -> s.of(buyIn.get()));
            if (recruitment.isPresent() && scheduled.isPresent()
                    && scheduled.get().lastDay().isAfter(recruitment.get().earlyStart())) {
                context.report(buyIn.get(), "The " + Labels.of(buyIn.get()) + " finishes on "
                        + scheduled.get().lastDay() + ", after recruitment starts on "
                        + recruitment.get().earlyStart() + " with the " + Labels.of(recruitment.get().task())
                        + ": board and executive buy-in must be in place before recruitment starts.");
            }
        }
        if (FoundationQueries.plannedTask(plan, EDUCATION).isEmpty()) {
            context.report(plan.getTimeline(), "The timeline plans no education session on peer support for the board"
                    + " and executive team (" + EDUCATION + "): plan one, delivered by experienced peer workers or"
                    + " peer educators together with senior management.");
        }
    }
}
