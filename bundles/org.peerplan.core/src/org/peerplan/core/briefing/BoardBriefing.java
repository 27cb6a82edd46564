package org.peerplan.core.briefing;

import java.time.LocalDate;
import java.util.List;

import org.peerplan.core.budget.BudgetYear;
import org.peerplan.core.readiness.QuizResult;
import org.peerplan.core.schedule.ScheduledTask;
import org.peerplan.model.Risk;

/**
 * The executive summary's facts.
 *
 * @param earliestFirstPeerStart the first day the band's minimum horizon allows peers to start, or {@code null}
 * @param nextSteps              the next unfinished tasks by scheduled start
 */
public record BoardBriefing(QuizResult quiz, LocalDate planStart, LocalDate firstPeerStart, long plannedMonths,
        LocalDate earliestFirstPeerStart, List<Decision> decisions, List<Risk> topRisks, List<BudgetYear> budget,
        List<ScheduledTask> nextSteps, long errors, long warnings) {

    /** Whether the planned horizon reaches the band's minimum. */
    public boolean horizonMeetsMinimum() {
        return earliestFirstPeerStart == null || firstPeerStart == null
                || !firstPeerStart.isBefore(earliestFirstPeerStart);
    }

    /** A decision the board must take, and why the plan puts it to the board. */
    public record Decision(String title, String reason) {
    }
}
