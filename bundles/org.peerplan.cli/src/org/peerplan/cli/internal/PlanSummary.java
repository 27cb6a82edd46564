package org.peerplan.cli.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.peerplan.core.budget.BudgetCalculator;
import org.peerplan.core.budget.BudgetYear;
import org.peerplan.core.completeness.AreaCompleteness;
import org.peerplan.core.completeness.PlanCompleteness;
import org.peerplan.core.plan.Labels;
import org.peerplan.core.readiness.CompetencyResult;
import org.peerplan.core.readiness.MotivationResult;
import org.peerplan.core.readiness.QuizResult;
import org.peerplan.core.readiness.ReadinessScorer;
import org.peerplan.core.schedule.Schedule;
import org.peerplan.core.schedule.Scheduler;
import org.peerplan.model.Action;
import org.peerplan.model.BudgetCategory;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerRole;
import org.peerplan.model.QuizAnswerValue;
import org.peerplan.model.Respondent;
import org.peerplan.model.RootCauseAnalysis;
import org.peerplan.model.RootCauseCategory;
import org.peerplan.model.Stage;
import org.peerplan.model.Task;
import org.peerplan.model.TrainingSession;
import org.peerplan.model.catalog.Catalog;

/** The facts of a plan, one line per area, as plain text. */
final class PlanSummary {

    private final ImplementationPlan plan;

    private final ReadinessScorer scorer;

    private final LocalDate today;

    private final StringBuilder out = new StringBuilder();

    PlanSummary(ImplementationPlan plan, Catalog catalog, LocalDate today) {
        this.plan = plan;
        this.scorer = new ReadinessScorer(catalog);
        this.today = today;
    }

    String text() {
        line("%s (%s)", plan.getAgency().getName(), blankAs(plan.getAgency().getState(), "state not set"));
        if (plan.getConsultant() == null || plan.getConsultant().isBlank()) {
            line("%s, prepared on %s; who prepares it is not named yet", plan.getName(), plan.getPreparedOn());
        } else {
            line("%s, prepared by %s on %s", plan.getName(), plan.getConsultant(), plan.getPreparedOn());
        }
        horizon();
        readiness();
        timeline();
        schedule();
        line("Policy review: %d questions: %s", plan.getPolicyReview().getFindings().size(),
                counts(plan.getPolicyReview().getFindings().stream().map(f -> f.getStatus())));
        rootCauses();
        line("Actions: %d: %s", plan.getActions().size(), counts(plan.getActions().stream().map(Action::getStatus)));
        for (PeerRole role : plan.getRoles()) {
            line("Peer role: %s, %s FTE at %s an hour, reporting to %s", role.getTitle(), role.getFte(),
                    money(role.getHourlyRate()), role.getReportsTo() == null ? "nobody" : role.getReportsTo().getName());
        }
        training();
        budget();
        line("Risks and tensions: %d; policy decisions: %d; outcome measures: %d", plan.getRisks().size(),
                plan.getDecisions().size(), plan.getOutcomes().size());
        needs();
        return out.toString();
    }

    /** What the plan still lacks, area by area, as the board pack's first section lists it. */
    private void needs() {
        PlanCompleteness completeness = PlanCompleteness.of(plan);
        if (completeness.complete()) {
            return;
        }
        line("Still needed: %s in %s", Labels.count(completeness.needs().size(), "fact", "facts"),
                Labels.count(completeness.incomplete().size(), "area", "areas"));
        for (AreaCompleteness area : completeness.incomplete()) {
            line("  %s: %s", area.area().title(), area.needs().stream().map(n -> n.what() + " (" + n.who() + ")")
                    .collect(Collectors.joining("; ")));
        }
    }

    private void horizon() {
        LocalDate start = plan.getTimeline().getPlanStart();
        LocalDate firstPeer = plan.getTimeline().getFirstPeerStart();
        if (start == null || firstPeer == null) {
            line("Horizon: %s; %s", start == null ? "the plan's start date is not set yet" : "plan starts " + start,
                    firstPeer == null ? "the first peer's start date is not set yet" : "first peer starts " + firstPeer);
            return;
        }
        Period period = Period.between(start, firstPeer);
        line("Horizon: plan starts %s, first peer starts %s (%d months%s)", start, firstPeer, period.toTotalMonths(),
                period.getDays() == 0 ? "" : " and " + period.getDays() + " days");
    }

    private void readiness() {
        String answers = plan.getReadiness().getRespondents().stream().map(this::trueCount)
                .collect(Collectors.joining("; "));
        line("Readiness quiz: %s%s", Labels.count(plan.getReadiness().getRespondents().size(), "respondent",
                "respondents"),
                answers.isEmpty() ? "" : ": " + answers);
        QuizResult quiz = scorer.quiz(plan.getReadiness());
        if (quiz.band() != null) {
            line("  The organization answers %d of 10 True: band %d–%d, at least %d months of preparation%s;"
                    + " respondents disagree on %s", quiz.organizationTrueCount(), quiz.band().getMinTrue(),
                    quiz.band().getMaxTrue(), quiz.minimumMonths(), quiz.minimumInferred() ? " (inferred)" : "",
                    quiz.disputedItems().isEmpty() ? "no item" : quiz.disputedItems().stream()
                            .map(i -> i.item().getCode()).collect(Collectors.joining(", ")));
        }
        MotivationResult motivation = scorer.motivation(plan.getReadiness());
        line("  Motivation self-assessment: %s (%d words on motivation, %d on concerns)",
                motivation.gatherMoreInformation() ? "gather more information before implementing" : "ready to proceed",
                motivation.motivationWords(), motivation.concernWords());
        List<CompetencyResult> competencies = scorer.competencies(plan.getReadiness());
        line("Competencies rated: %d of %d; motivation answers: %d; recovery-orientation survey responses: %d",
                competencies.size() - scorer.unratedCompetencies(plan.getReadiness()).size(), competencies.size(),
                plan.getReadiness().getMotivation().size(), plan.getReadiness().getSurveyResponses().size());
    }

    private String trueCount(Respondent respondent) {
        long yes = respondent.getAnswers().stream().filter(a -> a.getValue() == QuizAnswerValue.TRUE).count();
        return respondent.getPerson().getName() + " " + yes + " of " + respondent.getAnswers().size() + " True";
    }

    private void schedule() {
        Schedule schedule = new Scheduler().schedule(plan.getTimeline());
        line("  Scheduled finish %s; %d tasks on the critical path; %d overdue as of %s", schedule.finish(),
                schedule.criticalPath().size(), schedule.overdue(today).size(), today);
    }

    private void budget() {
        if (plan.getTimeline().getPlanStart() == null) {
            return;
        }
        List<BudgetYear> years = new BudgetCalculator().years(plan);
        if (years.stream().allMatch(y -> y.total().signum() == 0)) {
            line("Budget: no costs in the plan yet (the peer roles' FTE and rates, training, supervision)");
            return;
        }
        for (BudgetYear year : years) {
            line("Budget year %d (%s to %s): %s, of which positions %s and training %s at list value", year.year(),
                    year.start(), year.end().minusDays(1), money(year.total()), money(year.of(BudgetCategory.POSITIONS)),
                    money(year.of(BudgetCategory.TRAINING)));
        }
    }

    private void timeline() {
        int tasks = 0;
        int milestones = 0;
        for (Stage stage : plan.getTimeline().getStages()) {
            tasks += stage.getTasks().size();
            milestones += (int) stage.getTasks().stream().filter(Task::isMilestone).count();
        }
        line("Timeline: %d stages, %d tasks, %d milestones: %s", plan.getTimeline().getStages().size(), tasks,
                milestones, counts(plan.getTimeline().getStages().stream().flatMap(s -> s.getTasks().stream())
                        .map(Task::getStatus)));
    }

    private void rootCauses() {
        for (RootCauseAnalysis analysis : plan.getRootCauseAnalyses()) {
            Map<RootCauseCategory, Long> byCategory = new EnumMap<>(RootCauseCategory.class);
            analysis.getCauses().forEach(c -> byCategory.merge(c.getCategory(), 1L, Long::sum));
            long interventions = analysis.getCauses().stream().mapToLong(c -> c.getInterventions().size()).sum();
            line("Root-cause analysis '%s': %d causes (%s), %d interventions", analysis.getTitle(),
                    analysis.getCauses().size(), byCategory.entrySet().stream()
                            .map(e -> Labels.words(e.getKey()) + " " + e.getValue())
                            .collect(Collectors.joining(", ")), interventions);
        }
    }

    /** What the menu courses of the training plan are worth at list value; a session without one counts nothing. */
    static BigDecimal trainingListValue(ImplementationPlan plan) {
        return plan.getTrainingPlan().getSessions().stream().map(TrainingSession::getCourse)
                .filter(Objects::nonNull).map(c -> c.getListValue()).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void training() {
        BigDecimal listValue = trainingListValue(plan);
        int sessions = plan.getTrainingPlan().getSessions().size();
        if (sessions == 0) {
            line("Training: no sessions planned yet");
            return;
        }
        line("Training: %s, menu courses at %s list value (discounts may apply)",
                Labels.count(sessions, "session", "sessions"), money(listValue));
    }

    private static String counts(java.util.stream.Stream<? extends Enumerator> values) {
        Map<String, Long> counts = values.collect(Collectors.groupingBy(v -> Labels.words(v),
                java.util.TreeMap::new, Collectors.counting()));
        return counts.isEmpty() ? "none" : counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "an unset rate" : String.format("$%,.2f", amount);
    }

    private static String blankAs(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private void line(String format, Object... arguments) {
        out.append(String.format(format, arguments)).append('\n');
    }
}
