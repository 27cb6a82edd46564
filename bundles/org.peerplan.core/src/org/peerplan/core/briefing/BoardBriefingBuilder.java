package org.peerplan.core.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.peerplan.core.briefing.BoardBriefing.Deadline;
import org.peerplan.core.budget.BudgetCalculator;
import org.peerplan.core.budget.BudgetYear;
import org.peerplan.core.readiness.QuizResult;
import org.peerplan.core.readiness.ReadinessScorer;
import org.peerplan.core.schedule.Schedule;
import org.peerplan.core.schedule.ScheduledTask;
import org.peerplan.core.validation.Severity;
import org.peerplan.core.validation.ValidationReport;
import org.peerplan.model.FunderConstraint;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Risk;
import org.peerplan.model.RiskLevel;
import org.peerplan.model.TaskStatus;
import org.peerplan.model.catalog.Catalog;

/** Computes a plan's {@link BoardBriefing}. */
public final class BoardBriefingBuilder {

    private static final int NEXT_MILESTONES = 4;

    private static final int NEXT_TASKS = 6;

    private final Catalog catalog;

    public BoardBriefingBuilder(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The briefing of a plan, from the schedule the caller computed for it. */
    public BoardBriefing build(ImplementationPlan plan, Schedule schedule, ValidationReport report, LocalDate asOf) {
        QuizResult quiz = new ReadinessScorer(catalog).quiz(plan.getReadiness());
        LocalDate planStart = plan.getTimeline().getPlanStart();
        LocalDate earliest = quiz.band() == null || planStart == null ? null : planStart.plusMonths(quiz.minimumMonths());
        List<BudgetYear> budget = planStart == null ? List.of() : new BudgetCalculator().years(plan);
        BoardBriefing facts = new BoardBriefing(quiz, planStart, plan.getTimeline().getFirstPeerStart(),
                schedule.horizonMonths(), earliest, deadline(plan), new ArrayList<>(), risks(plan), budget,
                nextSteps(schedule, asOf), report.count(Severity.ERROR), report.count(Severity.WARNING));
        facts.decisions().addAll(new BoardDecisions(plan, catalog, facts).all());
        return facts;
    }

    /** The tightest of the funders' first-peer deadlines. */
    private static Deadline deadline(ImplementationPlan plan) {
        return plan.getAgency().getFunderConstraints().stream().filter(f -> f.getFirstPeerStartBy() != null)
                .min(Comparator.comparing(FunderConstraint::getFirstPeerStartBy))
                .map(f -> new Deadline(f.getFunder(), f.getFirstPeerStartBy())).orElse(null);
    }

    private static List<Risk> risks(ImplementationPlan plan) {
        return plan.getRisks().stream().sorted(Comparator.comparingInt(BoardBriefingBuilder::score).reversed())
                .toList();
    }

    private static int score(Risk risk) {
        return weight(risk.getLikelihood()) * weight(risk.getImpact());
    }

    private static int weight(RiskLevel level) {
        return level.getValue() + 1;
    }

    /**
     * What is coming, not what is under way: the next milestones (on their date, their last day) and the next tasks
     * to start, on or after the as-of date, by date.
     */
    private static List<ScheduledTask> nextSteps(Schedule schedule, LocalDate asOf) {
        Stream<ScheduledTask> milestones = schedule.tasks().stream().filter(t -> t.task().isMilestone())
                .filter(t -> t.task().getStatus() != TaskStatus.DONE && t.task().getStatus() != TaskStatus.CANCELLED)
                .filter(t -> !t.lastDay().isBefore(asOf)).sorted(Comparator.comparing(ScheduledTask::lastDay))
                .limit(NEXT_MILESTONES);
        Stream<ScheduledTask> tasks = schedule.tasks().stream().filter(t -> !t.task().isMilestone())
                .filter(t -> t.task().getStatus() == TaskStatus.NOT_STARTED
                        || t.task().getStatus() == TaskStatus.BLOCKED)
                .filter(t -> !t.earlyStart().isBefore(asOf)).sorted(Comparator.comparing(ScheduledTask::earlyStart))
                .limit(NEXT_TASKS);
        return Stream.concat(milestones, tasks).sorted(Comparator.comparing(BoardBriefing::when)).toList();
    }
}
