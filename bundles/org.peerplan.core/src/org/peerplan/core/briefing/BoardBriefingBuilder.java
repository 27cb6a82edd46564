package org.peerplan.core.briefing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.peerplan.core.briefing.BoardBriefing.Decision;
import org.peerplan.core.budget.BudgetCalculator;
import org.peerplan.core.budget.BudgetYear;
import org.peerplan.core.plan.Labels;
import org.peerplan.core.readiness.QuizResult;
import org.peerplan.core.readiness.ReadinessScorer;
import org.peerplan.core.schedule.Schedule;
import org.peerplan.core.schedule.ScheduledTask;
import org.peerplan.core.validation.Severity;
import org.peerplan.core.validation.ValidationReport;
import org.peerplan.model.DecisionTopic;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerRole;
import org.peerplan.model.Risk;
import org.peerplan.model.RiskLevel;
import org.peerplan.model.TaskStatus;
import org.peerplan.model.catalog.Catalog;

/** Computes a plan's {@link BoardBriefing}. */
public final class BoardBriefingBuilder {

    private static final int TOP_RISKS = 3;

    private static final int NEXT_STEPS = 6;

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

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
                schedule.horizonMonths(), earliest, new ArrayList<>(), topRisks(plan), budget, nextSteps(schedule, asOf),
                report.count(Severity.ERROR), report.count(Severity.WARNING));
        facts.decisions().addAll(decisions(plan, facts));
        return facts;
    }

    /** What the board must decide, read from the facts gathered so far. */
    private static List<Decision> decisions(ImplementationPlan plan, BoardBriefing briefing) {
        List<Decision> decisions = new ArrayList<>();
        if (!briefing.horizonMeetsMinimum()) {
            decisions.add(new Decision("Move the first peer's start to " + READABLE.format(briefing.earliestFirstPeerStart())
                    + " or later, or accept the shorter timeline with speed-up options",
                    "The readiness quiz calls for at least " + briefing.quiz().minimumMonths()
                            + " months of preparation; the plan allows " + briefing.plannedMonths() + "."));
        }
        if (!plan.getRoles().isEmpty()) {
            double fte = plan.getRoles().stream().mapToDouble(PeerRole::getFte).sum();
            decisions.add(new Decision(String.format(Locale.ROOT, "Approve %s, %.1f FTE in all",
                    Labels.count(plan.getRoles().size(), "peer role", "peer roles"), fte), "Each role's pay, supervision and duties are set out in its"
                            + " charter and job description."));
        }
        if (!briefing.budget().isEmpty()) {
            BigDecimal total = briefing.budget().stream().map(BudgetYear::total).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            decisions.add(new Decision(String.format(Locale.ROOT, "Approve the budget of $%,.0f over %s",
                    total, Labels.count(briefing.budget().size(), "year", "years")), "Positions, training at list value, supervision and other"
                            + " costs, year by year."));
        }
        if (plan.getDecisions().stream().noneMatch(d -> d.getTopic() == DecisionTopic.HIRING_SERVICE_RECIPIENTS)) {
            decisions.add(new Decision("Decide whether people who receive services here may be hired into peer roles",
                    "The guidance calls for a recorded position with safeguards for privacy and dual relationships."));
        }
        if (briefing.errors() > 0) {
            decisions.add(new Decision("Ask staff to resolve the " + Labels.count(briefing.errors(), "problem",
                    "problems") + " the validation report lists as errors before recruitment opens",
                    "Each departs from the toolkits' explicit guidance."));
        }
        return decisions;
    }

    private static List<Risk> topRisks(ImplementationPlan plan) {
        return plan.getRisks().stream().sorted(Comparator.comparingInt(BoardBriefingBuilder::score).reversed())
                .limit(TOP_RISKS).toList();
    }

    private static int score(Risk risk) {
        return weight(risk.getLikelihood()) * weight(risk.getImpact());
    }

    private static int weight(RiskLevel level) {
        return level.getValue() + 1;
    }

    private static List<ScheduledTask> nextSteps(Schedule schedule, LocalDate asOf) {
        return schedule.tasks().stream()
                .filter(t -> t.task().getStatus() != TaskStatus.DONE && t.task().getStatus() != TaskStatus.CANCELLED)
                .filter(t -> !t.earlyFinish().isBefore(asOf))
                .sorted(Comparator.comparing(ScheduledTask::earlyStart)).limit(NEXT_STEPS).toList();
    }
}
