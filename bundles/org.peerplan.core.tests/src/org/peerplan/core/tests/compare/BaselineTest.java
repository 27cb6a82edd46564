package org.peerplan.core.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peerplan.core.compare.Baselines;
import org.peerplan.core.compare.Change;
import org.peerplan.core.compare.ChangeArea;
import org.peerplan.core.compare.ChangeKind;
import org.peerplan.core.compare.PlanComparison;
import org.peerplan.core.compare.PlanStatus;
import org.peerplan.core.compare.Progress;
import org.peerplan.core.compare.StageStatus;
import org.peerplan.core.compare.StatusAtAGlance;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.plan.Labels;
import org.peerplan.core.schedule.ScheduledTask;
import org.peerplan.core.schedule.Scheduler;
import org.peerplan.core.schedule.WorkingCalendar;
import org.peerplan.core.tests.Plans;
import org.peerplan.core.validation.PlanChecker;
import org.peerplan.core.validation.RuleRegistry;
import org.peerplan.model.Action;
import org.peerplan.model.ActionStatus;
import org.peerplan.model.Baseline;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Stage;
import org.peerplan.model.Task;
import org.peerplan.model.TaskStatus;

/** A baseline set at board approval, then the plan edited for a month, as a consultant would between meetings. */
class BaselineTest {

    private static final LocalDate APPROVAL = LocalDate.of(2027, 1, 4);

    @TempDir
    Path folder;

    private final ImplementationPlan plan = load(Plans.example());

    @Test
    void aBaselineKeepsEveryTaskTheBudgetAndTheOpenFindingsAndSurvivesASave() throws IOException {
        Baseline baseline = approve();
        Path file = folder.resolve("approved.peerplan");
        new PlanStore().save(plan, file);
        ImplementationPlan reloaded = load(file);
        Baseline kept = Baselines.current(reloaded).orElseThrow();
        assertEquals("Board approval, January 2027", kept.getName());
        assertEquals(APPROVAL, kept.getSetOn());
        assertEquals(LocalDate.of(2027, 10, 4), kept.getFirstPeerStart());
        long tasks = plan.getTimeline().getStages().stream().mapToLong(s -> s.getTasks().size()).sum();
        assertEquals(tasks, kept.getTasks().size());
        assertEquals(baseline.getBudgetYears().size(), kept.getBudgetYears().size());
        assertTrue(kept.getBudgetYears().get(0).getTotal().signum() > 0);
        assertEquals(new PlanChecker(RuleRegistry.all(), APPROVAL).check(plan).findings().size(),
                kept.getOpenFindings().size(), "the example's findings are each on a place of their own");
        assertEquals(List.of(), PlanComparison.against(kept, reloaded, APPROVAL));
    }

    @Test
    void aSlipAgainstTheBaselineIsCountedInWorkingDaysAndARenameIsTheSameTask() {
        Baseline baseline = approve();
        Task last = lastOf(plan.getTimeline().getStages().get(0));
        last.setName("Renamed after approval");
        last.setDurationDays(last.getDurationDays() + 10);
        List<Change> changes = PlanComparison.against(baseline, plan, APPROVAL);
        String id = plan.eResource().getURIFragment(last);
        List<Change> aboutIt = changes.stream().filter(c -> id.equals(c.id())).toList();
        assertEquals(List.of(ChangeKind.RENAMED, ChangeKind.MOVED), aboutIt.stream().map(Change::kind).toList());
        assertEquals(10, aboutIt.get(1).workingDays());
    }

    @Test
    void aTaskRemovedAndTheBudgetChangedAreSaidAgainstTheBaseline() {
        Baseline baseline = approve();
        Task removed = plan.getTimeline().getStages().get(1).getTasks().get(0);
        String name = removed.getName();
        EcoreUtil.delete(removed, true);
        plan.getBudget().getLines().get(0).setAmount(plan.getBudget().getLines().get(0).getAmount()
                .subtract(new BigDecimal("500")));
        List<Change> changes = PlanComparison.against(baseline, plan, APPROVAL);
        assertTrue(changes.stream().anyMatch(c -> c.kind() == ChangeKind.REMOVED
                && c.text().equals("Task '" + name + "' was removed.")), changes.toString());
        assertTrue(changes.stream().anyMatch(c -> c.area() == ChangeArea.BUDGET && c.text().endsWith(", −$500.00).")),
                changes.toString());
    }

    @Test
    void anActionFallenOverdueSinceTheBaselineIsNewsAndOneOverdueAlreadyIsNot() {
        LocalDate summer = LocalDate.of(2027, 7, 1);
        Baseline baseline = Baselines.of(plan, "July", summer);
        LocalDate autumn = LocalDate.of(2027, 9, 30);
        List<Change> overdue = PlanComparison.against(baseline, plan, autumn).stream()
                .filter(c -> c.kind() == ChangeKind.OVERDUE).toList();
        assertTrue(plan.getActions().stream().anyMatch(a -> open(a) && a.getDue().isBefore(summer)),
                "the example has an action overdue before July");
        List<String> expected = plan.getActions().stream().filter(a -> open(a) && !a.getDue().isBefore(summer)
                && a.getDue().isBefore(autumn)).map(a -> plan.eResource().getURIFragment(a)).toList();
        assertTrue(expected.size() > 1, expected.toString());
        assertEquals(expected, overdue.stream().map(Change::id).toList());
    }

    private static boolean open(Action action) {
        return action.getDue() != null && action.getStatus() != ActionStatus.DONE
                && action.getStatus() != ActionStatus.CANCELLED;
    }

    @ParameterizedTest(name = "{0} working days late: {1}")
    @CsvSource({ "0, ON_TRACK", "1, AT_RISK", "10, AT_RISK", "11, LATE" })
    void aStageIsLateOnlyBeyondTenWorkingDaysOfSlip(int days, Progress expected) {
        Baseline baseline = approve();
        Stage stage = plan.getTimeline().getStages().get(0);
        Task last = lastOf(stage);
        last.setDurationDays(last.getDurationDays() + days);
        PlanStatus status = StatusAtAGlance.of(plan, baseline, APPROVAL);
        StageStatus first = status.stages().get(0);
        assertEquals(stage.getName(), first.stage());
        assertEquals(days, first.slipWorkingDays());
        assertEquals(expected, first.progress(), first.reason());
        assertEquals("Board approval, January 2027", status.baseline());
        assertTrue(status.overall().compareTo(expected) >= 0, "the plan is as late as its latest stage");
        if (days > 0) {
            assertTrue(first.reason().matches("Forecast to end \\w{3} \\d{1,2}, 2027, " + days + " working days?"
                    + " after the baseline's \\w{3} \\d{1,2}, 2027\\."), first.reason());
        }
    }

    @Test
    void withoutABaselineATaskNotDoneByItsLastDayMakesItsStageLateAsTheDaysPass() {
        Stage stage = plan.getTimeline().getStages().get(0);
        stage.getTasks().forEach(t -> t.setStatus(TaskStatus.DONE));
        lastOf(stage).setStatus(TaskStatus.IN_PROGRESS);
        ScheduledTask last = new Scheduler().schedule(plan.getTimeline()).of(lastOf(stage));
        WorkingCalendar calendar = WorkingCalendar.of(plan.getTimeline());
        assertEquals(Progress.ON_TRACK, StatusAtAGlance.of(plan, null, last.lastDay()).stages().get(0).progress());
        StageStatus dayAfter = StatusAtAGlance.of(plan, null, calendar.plus(last.lastDay(), 1)).stages().get(0);
        assertEquals(Progress.AT_RISK, dayAfter.progress());
        assertTrue(dayAfter.reason().endsWith("1 working day after the schedule's " + Labels.day(last.lastDay()) + "."), dayAfter.reason());
        assertEquals(Progress.LATE, StatusAtAGlance.of(plan, null, calendar.plus(last.lastDay(), 11)).stages().get(0)
                .progress());
        last.task().setStatus(TaskStatus.DONE);
        StageStatus done = StatusAtAGlance.of(plan, null, calendar.plus(last.lastDay(), 11)).stages().get(0);
        assertEquals(Progress.DONE, done.progress());
        assertNull(StatusAtAGlance.of(plan, null, APPROVAL).baseline());
    }

    @Test
    void aTaskPastItsLastDayPutsItsStageAtRiskThoughTheStageEndsLater() {
        Stage stage = plan.getTimeline().getStages().get(0);
        stage.getTasks().forEach(t -> t.setStatus(TaskStatus.IN_PROGRESS));
        var schedule = new Scheduler().schedule(plan.getTimeline());
        Task first = stage.getTasks().stream().min(Comparator.comparing((Task t) -> schedule.of(t).lastDay()))
                .orElseThrow();
        LocalDate dayAfter = WorkingCalendar.of(plan.getTimeline()).plus(schedule.of(first).lastDay(), 1);
        StageStatus status = StatusAtAGlance.of(plan, null, dayAfter).stages().get(0);
        assertEquals(Progress.AT_RISK, status.progress());
        assertTrue(status.reason().startsWith("1 task is past its last day and not done"), status.reason());
    }

    @Test
    void aBlockedTaskPutsItsStageAtRiskWithTheReasonSaid() {
        Baseline baseline = approve();
        plan.getTimeline().getStages().get(0).getTasks().get(0).setStatus(TaskStatus.BLOCKED);
        StageStatus first = StatusAtAGlance.of(plan, baseline, APPROVAL).stages().get(0);
        assertEquals(Progress.AT_RISK, first.progress());
        assertEquals("1 task is blocked.", first.reason());
    }

    private Baseline approve() {
        Baseline baseline = Baselines.of(plan, "Board approval, January 2027", APPROVAL);
        plan.getBaselines().add(baseline);
        plan.setCurrentBaseline(baseline);
        return baseline;
    }

    private Task lastOf(Stage stage) {
        var schedule = new Scheduler().schedule(plan.getTimeline());
        return stage.getTasks().stream().max(Comparator.comparing((Task t) -> schedule.of(t).lastDay())
                .thenComparing(t -> stage.getTasks().indexOf(t))).orElseThrow();
    }

    private static ImplementationPlan load(Path file) {
        try {
            return new PlanStore().load(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
