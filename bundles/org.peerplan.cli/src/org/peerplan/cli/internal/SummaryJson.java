package org.peerplan.cli.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Enumerator;
import org.peerplan.core.budget.BudgetCalculator;
import org.peerplan.core.budget.BudgetYear;
import org.peerplan.core.completeness.AreaCompleteness;
import org.peerplan.core.completeness.PlanCompleteness;
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
import org.peerplan.model.RootCauseAnalysis;
import org.peerplan.model.Task;
import org.peerplan.model.catalog.Catalog;

/**
 * A plan's summary as JSON, for scripts and dashboards. The schema, also given in the README (dates are
 * "yyyy-mm-dd", amounts are numbers in dollars, a fact the plan does not hold yet is {@code null}, counts by status
 * are keyed by the status's name in the model, e.g. "NOT_STARTED"):
 *
 * <pre>
 * { "plan": string, "asOf": date, "agency": string, "state": string|null, "title": string,
 *   "consultant": string|null, "preparedOn": date|null,
 *   "horizon": { "planStart": date|null, "firstPeerStart": date|null, "months": int|null },
 *   "readiness": { "respondents": int, "organizationTrue": int|null,
 *                  "band": { "minTrue": int, "maxTrue": int, "minimumMonths": int, "inferred": bool }|null,
 *                  "disputedItems": [string], "gatherMoreInformation": bool,
 *                  "competencies": int, "competenciesRated": int, "surveyResponses": int },
 *   "timeline": { "stages": int, "tasks": int, "milestones": int, "byStatus": { status: int },
 *                 "finish": date|null, "criticalPath": int, "overdue": int },
 *   "policyReview": { "questions": int, "byStatus": { status: int } },
 *   "rootCauseAnalyses": [ { "title": string, "causes": int, "byCategory": { category: int },
 *                            "interventions": int } ],
 *   "actions": { "count": int, "byStatus": { status: int } },
 *   "roles": [ { "title": string, "fte": number, "hourlyRate": number|null, "reportsTo": string|null } ],
 *   "training": { "sessions": int, "listValue": number },
 *   "budget": [ { "year": int, "start": date, "end": date, "total": number, "positions": number,
 *                 "training": number } ],
 *   "risks": int, "decisions": int, "outcomes": int,
 *   "completeness": { "complete": bool, "needed": int,
 *                     "areas": [ { "area": string, "title": string, "present": int, "expected": int,
 *                                  "needs": [ { "what": string, "who": string } ] } ] } }
 * </pre>
 */
final class SummaryJson {

    private final ImplementationPlan plan;

    private final ReadinessScorer scorer;

    private final LocalDate today;

    SummaryJson(ImplementationPlan plan, Catalog catalog, LocalDate today) {
        this.plan = plan;
        this.scorer = new ReadinessScorer(catalog);
        this.today = today;
    }

    String write(String file) {
        return Json.write(Json.object("plan", file, "asOf", today, "agency", plan.getAgency().getName(),
                "state", blankAsNull(plan.getAgency().getState()), "title", plan.getName(),
                "consultant", blankAsNull(plan.getConsultant()), "preparedOn", plan.getPreparedOn(),
                "horizon", horizon(), "readiness", readiness(), "timeline", timeline(),
                "policyReview", Json.object("questions", plan.getPolicyReview().getFindings().size(),
                        "byStatus", counts(plan.getPolicyReview().getFindings().stream().map(f -> f.getStatus()))),
                "rootCauseAnalyses", plan.getRootCauseAnalyses().stream().map(SummaryJson::analysis).toList(),
                "actions", Json.object("count", plan.getActions().size(),
                        "byStatus", counts(plan.getActions().stream().map(Action::getStatus))),
                "roles", plan.getRoles().stream().map(SummaryJson::role).toList(),
                "training", training(), "budget", budget(),
                "risks", plan.getRisks().size(), "decisions", plan.getDecisions().size(),
                "outcomes", plan.getOutcomes().size(), "completeness", completeness()));
    }

    private Map<String, Object> horizon() {
        LocalDate start = plan.getTimeline().getPlanStart();
        LocalDate firstPeer = plan.getTimeline().getFirstPeerStart();
        Long months = start == null || firstPeer == null ? null : Period.between(start, firstPeer).toTotalMonths();
        return Json.object("planStart", start, "firstPeerStart", firstPeer, "months", months);
    }

    private Map<String, Object> readiness() {
        QuizResult quiz = scorer.quiz(plan.getReadiness());
        MotivationResult motivation = scorer.motivation(plan.getReadiness());
        List<CompetencyResult> competencies = scorer.competencies(plan.getReadiness());
        return Json.object("respondents", plan.getReadiness().getRespondents().size(),
                "organizationTrue", quiz.band() == null ? null : quiz.organizationTrueCount(),
                "band", quiz.band() == null ? null : Json.object("minTrue", quiz.band().getMinTrue(),
                        "maxTrue", quiz.band().getMaxTrue(), "minimumMonths", quiz.minimumMonths(),
                        "inferred", quiz.minimumInferred()),
                "disputedItems", quiz.disputedItems().stream().map(i -> i.item().getCode()).toList(),
                "gatherMoreInformation", motivation.gatherMoreInformation(),
                "competencies", competencies.size(),
                "competenciesRated", competencies.size() - scorer.unratedCompetencies(plan.getReadiness()).size(),
                "surveyResponses", plan.getReadiness().getSurveyResponses().size());
    }

    private Map<String, Object> timeline() {
        List<Task> tasks = plan.getTimeline().getStages().stream().flatMap(s -> s.getTasks().stream()).toList();
        Schedule schedule = new Scheduler().schedule(plan.getTimeline());
        return Json.object("stages", plan.getTimeline().getStages().size(), "tasks", tasks.size(),
                "milestones", tasks.stream().filter(Task::isMilestone).count(),
                "byStatus", counts(tasks.stream().map(Task::getStatus)), "finish", schedule.finish(),
                "criticalPath", schedule.criticalPath().size(), "overdue", schedule.overdue(today).size());
    }

    private static Map<String, Object> analysis(RootCauseAnalysis analysis) {
        return Json.object("title", analysis.getTitle(), "causes", analysis.getCauses().size(),
                "byCategory", counts(analysis.getCauses().stream().map(c -> c.getCategory())),
                "interventions", analysis.getCauses().stream().mapToLong(c -> c.getInterventions().size()).sum());
    }

    private static Map<String, Object> role(PeerRole role) {
        return Json.object("title", role.getTitle(), "fte", role.getFte(), "hourlyRate", role.getHourlyRate(),
                "reportsTo", role.getReportsTo() == null ? null : role.getReportsTo().getName());
    }

    private Map<String, Object> training() {
        return Json.object("sessions", plan.getTrainingPlan().getSessions().size(),
                "listValue", PlanSummary.trainingListValue(plan));
    }

    /** No years until the plan has a start date to count them from. */
    private List<Map<String, Object>> budget() {
        if (plan.getTimeline().getPlanStart() == null) {
            return List.of();
        }
        return new BudgetCalculator().years(plan).stream().map(SummaryJson::year).toList();
    }

    private static Map<String, Object> year(BudgetYear year) {
        return Json.object("year", year.year(), "start", year.start(), "end", year.end().minusDays(1),
                "total", year.total(), "positions", year.of(BudgetCategory.POSITIONS),
                "training", year.of(BudgetCategory.TRAINING));
    }

    private Map<String, Object> completeness() {
        PlanCompleteness completeness = PlanCompleteness.of(plan);
        return Json.object("complete", completeness.complete(), "needed", completeness.needs().size(),
                "areas", completeness.areas().stream().map(SummaryJson::area).toList());
    }

    private static Map<String, Object> area(AreaCompleteness area) {
        return Json.object("area", area.area().name(), "title", area.area().title(), "present", area.present(),
                "expected", area.expected(), "needs", area.needs().stream()
                        .map(n -> Json.object("what", n.what(), "who", n.who())).toList());
    }

    private static Map<String, Object> counts(Stream<? extends Enumerator> values) {
        return new TreeMap<>(values.collect(Collectors.groupingBy(Enumerator::getName, Collectors.counting())));
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
