package org.peerplan.core.compare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.peerplan.core.budget.BudgetCalculator;
import org.peerplan.core.budget.BudgetYear;
import org.peerplan.core.schedule.Schedule;
import org.peerplan.core.schedule.ScheduledTask;
import org.peerplan.core.schedule.Scheduler;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.PlanChecker;
import org.peerplan.core.validation.RuleRegistry;
import org.peerplan.model.Baseline;
import org.peerplan.model.BudgetYearBaseline;
import org.peerplan.model.FindingBaseline;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Stage;
import org.peerplan.model.Task;
import org.peerplan.model.TaskBaseline;
import org.peerplan.model.TaskStatus;

/**
 * What a baseline keeps of a plan and what a comparison measures: the first peer's start, each task's planned dates,
 * each plan year's costs and the open findings. Made from a plan as it stands, or read back from a stored
 * {@link Baseline}, so that a plan is compared with an earlier file and with a baseline in the same way.
 *
 * @param tasks      by the task's identity in the file
 * @param yearTotals the costs of plan years 1, 2, …; empty while the plan has no start
 * @param findings   by rule and place in the plan (see {@link #placeOf})
 */
public record Snapshot(LocalDate firstPeerStart, Map<String, PlannedTask> tasks, List<BigDecimal> yearTotals,
        Map<String, OpenFinding> findings) {

    /**
     * One task as planned.
     *
     * @param finish its last working day, or its start for a milestone
     */
    public record PlannedTask(String id, String name, String stage, LocalDate start, LocalDate finish,
            int durationDays, TaskStatus status) {
    }

    /** One finding, with the identity of the element it is about, or null for one the file gives none. */
    public record OpenFinding(String ruleId, String place, String elementId, String message) {

        String key() {
            return ruleId + "@" + place;
        }
    }

    /** The plan as it stands, its findings checked on {@code asOf}. */
    public static Snapshot of(ImplementationPlan plan, LocalDate asOf) {
        Schedule schedule = new Scheduler().schedule(plan.getTimeline());
        Map<String, PlannedTask> tasks = new LinkedHashMap<>();
        for (Stage stage : plan.getTimeline().getStages()) {
            for (Task task : stage.getTasks()) {
                ScheduledTask dates = schedule.of(task);
                String id = idOf(task);
                if (id != null && dates != null) {
                    tasks.put(id, new PlannedTask(id, task.getName(), stage.getName(), dates.earlyStart(),
                            dates.lastDay(), task.getDurationDays(), task.getStatus()));
                }
            }
        }
        List<BigDecimal> years = plan.getTimeline().getPlanStart() == null ? List.of()
                : new BudgetCalculator().years(plan).stream().map(BudgetYear::total).toList();
        Map<String, OpenFinding> findings = new LinkedHashMap<>();
        for (Finding finding : new PlanChecker(RuleRegistry.all(), asOf).check(plan).findings()) {
            OpenFinding open = new OpenFinding(finding.ruleId(), placeOf(finding.element()), idOf(finding.element()),
                    finding.message());
            findings.putIfAbsent(open.key(), open);
        }
        return new Snapshot(plan.getTimeline().getFirstPeerStart(), tasks, years, findings);
    }

    /** What {@code baseline} kept when it was set. */
    public static Snapshot of(Baseline baseline) {
        Map<String, PlannedTask> tasks = new LinkedHashMap<>();
        for (TaskBaseline task : baseline.getTasks()) {
            tasks.put(task.getTaskId(), new PlannedTask(task.getTaskId(), task.getName(), task.getStage(),
                    task.getStart(), task.getFinish(), task.getDurationDays(), task.getStatus()));
        }
        List<BigDecimal> years = baseline.getBudgetYears().stream().map(BudgetYearBaseline::getTotal)
                .map(total -> total == null ? BigDecimal.ZERO : total).toList();
        Map<String, OpenFinding> findings = new LinkedHashMap<>();
        for (FindingBaseline finding : baseline.getOpenFindings()) {
            OpenFinding open = new OpenFinding(finding.getRuleId(), finding.getPlace(), finding.getElementId(),
                    finding.getMessage());
            findings.putIfAbsent(open.key(), open);
        }
        return new Snapshot(baseline.getFirstPeerStart(), tasks, years, findings);
    }

    /** The same snapshot with only the findings {@code shown} accepts. */
    Snapshot findingsWhere(Predicate<OpenFinding> shown) {
        Map<String, OpenFinding> kept = new LinkedHashMap<>();
        findings.forEach((key, finding) -> {
            if (shown.test(finding)) {
                kept.put(key, finding);
            }
        });
        return new Snapshot(firstPeerStart, tasks, yearTotals, kept);
    }

    /**
     * "roles.1/duties.3": the features and positions from the plan down to the element. Findings are on elements such
     * as the timeline or a duty, which a hand-written file gives no identity; their place still tells them apart.
     */
    static String placeOf(EObject element) {
        if (element == null) {
            return "";
        }
        StringBuilder place = new StringBuilder();
        for (EObject at = element; at.eContainer() != null; at = at.eContainer()) {
            EStructuralFeature feature = at.eContainingFeature();
            Object value = at.eContainer().eGet(feature);
            String step = feature.getName() + (value instanceof List<?> list ? "." + list.indexOf(at) : "");
            place.insert(0, place.isEmpty() ? step : step + "/");
        }
        return place.toString();
    }

    /** The element's identity in its file, or null for an element not in a file or given none. */
    public static String idOf(EObject element) {
        return element != null && element.eResource() instanceof XMLResource resource ? resource.getID(element)
                : null;
    }
}
