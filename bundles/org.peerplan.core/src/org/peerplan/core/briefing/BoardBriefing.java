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
 * @param deadline               the earliest date a funder requires the first peer by, or {@code null}
 * @param risks                  every risk and tension, the most serious (likelihood × impact) first
 * @param nextSteps              what comes after the as-of date: the next milestones and the next tasks to start
 */
public record BoardBriefing(QuizResult quiz, LocalDate planStart, LocalDate firstPeerStart, long plannedMonths,
        LocalDate earliestFirstPeerStart, Deadline deadline, List<Decision> decisions, List<Risk> risks,
        List<BudgetYear> budget, List<ScheduledTask> nextSteps, long errors, long warnings) {

    /** Whether the planned horizon reaches the band's minimum. */
    public boolean horizonMeetsMinimum() {
        return earliestFirstPeerStart == null || firstPeerStart == null
                || !firstPeerStart.isBefore(earliestFirstPeerStart);
    }

    /** The day a step of "what happens next" is dated by: a milestone's last day, a task's start. */
    public static LocalDate when(ScheduledTask step) {
        return step.task().isMilestone() ? step.lastDay() : step.earlyStart();
    }

    /** A funder's requirement that the first peer be working by a date. */
    public record Deadline(String funder, LocalDate firstPeerBy) {
    }

    /** A decision the board must take, why the plan puts it to the board, and the ways it can go. */
    public record Decision(String title, String reason, List<Option> options) {

        public Decision(String title, String reason) {
            this(title, reason, List.of());
        }
    }

    /** One way a decision can go, and what follows from it. */
    public record Option(String choice, String consequence) {
    }
}
