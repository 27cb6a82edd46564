package org.peerplan.core.compare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.peerplan.model.Baseline;
import org.peerplan.model.BudgetYearBaseline;
import org.peerplan.model.FindingBaseline;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.TaskBaseline;

/** Making a plan's baselines and finding them again. */
public final class Baselines {

    private Baselines() {
    }

    /**
     * A new baseline of {@code plan} as it stands on {@code setOn}, its findings checked that day; not yet in the
     * plan, so that the caller adds it the way it changes plans (the workbench through its command stack).
     */
    public static Baseline of(ImplementationPlan plan, String name, LocalDate setOn) {
        Snapshot snapshot = Snapshot.of(plan, setOn);
        PeerPlanFactory factory = PeerPlanFactory.eINSTANCE;
        Baseline baseline = factory.createBaseline();
        baseline.setName(name);
        baseline.setSetOn(setOn);
        baseline.setFirstPeerStart(snapshot.firstPeerStart());
        for (Snapshot.PlannedTask planned : snapshot.tasks().values()) {
            TaskBaseline task = factory.createTaskBaseline();
            task.setTaskId(planned.id());
            task.setName(planned.name());
            task.setStage(planned.stage());
            task.setStart(planned.start());
            task.setFinish(planned.finish());
            task.setDurationDays(planned.durationDays());
            task.setStatus(planned.status());
            baseline.getTasks().add(task);
        }
        List<BigDecimal> years = snapshot.yearTotals();
        for (int i = 0; i < years.size(); i++) {
            BudgetYearBaseline year = factory.createBudgetYearBaseline();
            year.setYear(i + 1);
            year.setTotal(years.get(i));
            baseline.getBudgetYears().add(year);
        }
        for (Snapshot.OpenFinding open : snapshot.findings().values()) {
            FindingBaseline finding = factory.createFindingBaseline();
            finding.setRuleId(open.ruleId());
            finding.setPlace(open.place());
            finding.setElementId(open.elementId());
            finding.setMessage(open.message());
            baseline.getOpenFindings().add(finding);
        }
        return baseline;
    }

    /** The plan's baseline called {@code name}, ignoring case and surrounding spaces; the latest of that name. */
    public static Optional<Baseline> named(ImplementationPlan plan, String name) {
        String wanted = name.strip();
        return plan.getBaselines().reversed().stream().filter(b -> b.getName() != null
                && b.getName().strip().equalsIgnoreCase(wanted)).findFirst();
    }

    /** The baseline progress is measured against: the one marked current, else none. */
    public static Optional<Baseline> current(ImplementationPlan plan) {
        Baseline current = plan.getCurrentBaseline();
        return current != null && plan.getBaselines().contains(current) ? Optional.of(current) : Optional.empty();
    }
}
