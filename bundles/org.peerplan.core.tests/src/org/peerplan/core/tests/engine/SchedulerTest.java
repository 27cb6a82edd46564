package org.peerplan.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.peerplan.core.schedule.Dependencies;
import org.peerplan.core.schedule.DependencyCycleException;
import org.peerplan.core.schedule.Schedule;
import org.peerplan.core.schedule.ScheduledTask;
import org.peerplan.core.schedule.Scheduler;
import org.peerplan.core.tests.rules.RuleHarness;
import org.peerplan.model.Holiday;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.Stage;
import org.peerplan.model.Task;
import org.peerplan.model.TaskStatus;
import org.peerplan.model.Timeline;

/**
 * The scheduler on a small hand-built timeline starting 2027-01-04:
 *
 * <pre>
 *   A 10d ──► B 5d ──► D milestone
 *     └─────► C 3d ──┘
 *   E 2d (independent)
 * </pre>
 *
 * Durations are working days and a task occupies [start, finish), finish being the working day after its last: A runs
 * Mon 01-04..Mon 01-18 (its last day Friday 01-15), B 01-18..01-25, C 01-18..01-21, D on 01-25, E 01-04..01-06.
 */
class SchedulerTest {

    private static final PeerPlanFactory MODEL = PeerPlanFactory.eINSTANCE;

    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    private final Timeline timeline = MODEL.createTimeline();

    private final Stage stage = MODEL.createStage();

    private final Task a;

    private final Task b;

    private final Task c;

    private final Task d;

    private final Task e;

    SchedulerTest() {
        timeline.setPlanStart(START);
        timeline.getStages().add(stage);
        a = task("A", 10);
        b = task("B", 5, a);
        c = task("C", 3, a);
        d = task("D", 0, b, c);
        d.setMilestone(true);
        e = task("E", 2);
    }

    @Test
    void theForwardPassStartsEachTaskWhenItsLastDependencyFinishes() {
        Schedule schedule = new Scheduler().schedule(timeline);
        assertDates(schedule.of(a), "2027-01-04", "2027-01-18");
        assertEquals(LocalDate.of(2027, 1, 15), schedule.of(a).lastDay(), "a Friday: the weekend is not worked");
        assertDates(schedule.of(b), "2027-01-18", "2027-01-25");
        assertDates(schedule.of(c), "2027-01-18", "2027-01-21");
        assertDates(schedule.of(d), "2027-01-25", "2027-01-25");
        assertDates(schedule.of(e), "2027-01-04", "2027-01-06");
        assertEquals(LocalDate.of(2027, 1, 25), schedule.finish());
        assertEquals(List.of(a, b, c, d, e), schedule.tasks().stream().map(ScheduledTask::task).toList(),
                "timeline order");
    }

    @Test
    void aFixedStartDelaysATaskButNeverPullsItBeforeItsDependencies() {
        c.setStart(LocalDate.of(2027, 1, 23));
        Schedule schedule = new Scheduler().schedule(timeline);
        assertDates(schedule.of(c), "2027-01-25", "2027-01-28");
        assertDates(schedule.of(d), "2027-01-28", "2027-01-28");

        c.setStart(LocalDate.of(2027, 1, 5));
        assertDates(new Scheduler().schedule(timeline).of(c), "2027-01-18", "2027-01-21");

        e.setStart(LocalDate.of(2026, 12, 1));
        assertDates(new Scheduler().schedule(timeline).of(e), "2027-01-04", "2027-01-06");
    }

    @Test
    void withoutAPlanStartTheEarliestFixedStartOpensThePlan() {
        timeline.setPlanStart(null);
        e.setStart(LocalDate.of(2027, 2, 1));
        Schedule schedule = new Scheduler().schedule(timeline);
        assertEquals(LocalDate.of(2027, 2, 1), schedule.planStart());
        assertDates(schedule.of(a), "2027-02-01", "2027-02-15");
    }

    @Test
    void slackAndTheCriticalPath() {
        Schedule schedule = new Scheduler().schedule(timeline);
        assertEquals(0, schedule.of(a).slackDays());
        assertEquals(0, schedule.of(b).slackDays());
        assertEquals(2, schedule.of(c).slackDays(), "C may finish as late as D's start");
        assertDates(schedule.of(c).lateStart(), schedule.of(c).lateFinish(), "2027-01-20", "2027-01-25");
        assertEquals(13, schedule.of(e).slackDays(), "E may finish as late as the plan's end");
        assertEquals(List.of(a, b, d), schedule.criticalPath().stream().map(ScheduledTask::task).toList());
    }

    @Test
    void aFixedStartCanMakeItsTaskCriticalAndGiveItsPredecessorSlack() {
        c.setStart(LocalDate.of(2027, 1, 23));
        Schedule schedule = new Scheduler().schedule(timeline);
        assertEquals(List.of(c, d), schedule.criticalPath().stream().map(ScheduledTask::task).toList());
        assertEquals(3, schedule.of(a).slackDays(), "B may start as late as 01-21");
        assertEquals(3, schedule.of(b).slackDays());
    }

    @Test
    void theAgencysHolidaysAreNotWorked() {
        ImplementationPlan plan = MODEL.createImplementationPlan();
        plan.setAgency(MODEL.createAgency());
        plan.setTimeline(timeline);
        holiday(plan, "2027-01-04");
        holiday(plan, "2027-01-18");
        Schedule schedule = new Scheduler().schedule(timeline);
        assertDates(schedule.of(a), "2027-01-05", "2027-01-20");
        assertEquals(LocalDate.of(2027, 1, 19), schedule.of(a).lastDay(), "ten days, skipping the 18th");
        assertDates(schedule.of(d), "2027-01-27", "2027-01-27");
    }

    @Test
    void noTaskOfTheExampleStartsOrEndsOnAWeekendOrAHoliday() throws Exception {
        ImplementationPlan plan = RuleHarness.example();
        Set<LocalDate> holidays = plan.getAgency().getHolidays().stream().map(Holiday::getDate)
                .collect(Collectors.toSet());
        assertTrue(holidays.size() >= 10, "the example lists its holidays");
        Schedule schedule = new Scheduler().schedule(plan.getTimeline());
        for (ScheduledTask task : schedule.tasks()) {
            for (LocalDate day : List.of(task.earlyStart(), task.lastDay(), task.earlyFinish())) {
                assertTrue(day.getDayOfWeek().getValue() <= 5 && !holidays.contains(day),
                        () -> task.task().getName() + " touches " + day + ", a day off");
            }
        }
    }

    @Test
    void thePathToATaskFollowsTheDependenciesThatSetEachStart() {
        Schedule schedule = new Scheduler().schedule(timeline);
        assertEquals(List.of(a, b, d), schedule.pathTo(d).stream().map(ScheduledTask::task).toList(),
                "B ends the day D starts; C ends earlier");
        c.setStart(LocalDate.of(2027, 1, 23));
        schedule = new Scheduler().schedule(timeline);
        assertEquals(List.of(c, d), schedule.pathTo(d).stream().map(ScheduledTask::task).toList(),
                "C's own fixed start sets its date, so the path begins there");
        assertEquals(List.of(e), schedule.pathTo(e).stream().map(ScheduledTask::task).toList());
    }

    @Test
    void theFirstPeersMilestoneIsTheFirstOnOrAfterTheirDay() {
        timeline.setFirstPeerStart(LocalDate.of(2027, 1, 20));
        assertEquals(d, new Scheduler().schedule(timeline).firstPeerMilestone().orElseThrow().task());
        timeline.setFirstPeerStart(LocalDate.of(2027, 2, 1));
        assertTrue(new Scheduler().schedule(timeline).firstPeerMilestone().isEmpty(), "no milestone after it");
        timeline.setFirstPeerStart(null);
        assertTrue(new Scheduler().schedule(timeline).firstPeerMilestone().isEmpty());
    }

    @Test
    void milestonesTakeNoTime() {
        Schedule schedule = new Scheduler().schedule(timeline);
        assertEquals(List.of(d), schedule.milestones().stream().map(ScheduledTask::task).toList());
        assertEquals(schedule.of(d).earlyStart(), schedule.of(d).earlyFinish());
    }

    @Test
    void overdueTasksAreUnfinishedTasksThatShouldHaveFinishedByTheDay() {
        e.setStatus(TaskStatus.DONE);
        Schedule schedule = new Scheduler().schedule(timeline);
        assertEquals(List.of(), overdue(schedule, "2027-01-15"), "E is done; A's last day is today");
        assertEquals(List.of(a), overdue(schedule, "2027-01-18"), "A is due the working day after its last");
        c.setStatus(TaskStatus.CANCELLED);
        assertEquals(List.of(a, b, d), overdue(schedule, "2027-02-01"), "cancelled and done tasks are never late");
    }

    @Test
    void theHorizonRunsFromThePlanStartToTheFirstPeer() {
        timeline.setFirstPeerStart(LocalDate.of(2027, 10, 4));
        assertEquals(9, new Scheduler().schedule(timeline).horizonMonths());
        timeline.setFirstPeerStart(null);
        assertEquals(-1, new Scheduler().schedule(timeline).horizonMonths());
    }

    @Test
    void aDependencyCycleNamesItsTasks() {
        a.getDependsOn().add(d);
        DependencyCycleException cycle = assertThrows(DependencyCycleException.class,
                () -> new Scheduler().schedule(timeline));
        assertEquals(List.of(a, d, b), cycle.cycle(), "A depends on D, D on B and B on A");
        assertTrue(cycle.getMessage().contains("'A' → 'D' → 'B' depend on each other in a cycle"),
                cycle.getMessage());
    }

    @Test
    void aDependencyThatWouldCloseACycleIsNamedBeforeItIsMade() {
        assertEquals(List.of(a, d, b, a), Dependencies.cycleIf(a, List.of(e, d)));
        assertEquals(List.of(a, a), Dependencies.cycleIf(a, List.of(a)));
        assertTrue(Dependencies.cycleIf(d, List.of(e, a)).isEmpty(), "more dependencies downstream are fine");
        assertTrue(Dependencies.cycleIf(e, List.of(d)).isEmpty());
    }

    private Task task(String name, int days, Task... dependencies) {
        Task task = MODEL.createTask();
        task.setName(name);
        task.setDurationDays(days);
        task.getDependsOn().addAll(List.of(dependencies));
        stage.getTasks().add(task);
        return task;
    }

    private static void holiday(ImplementationPlan plan, String day) {
        Holiday holiday = MODEL.createHoliday();
        holiday.setDate(LocalDate.parse(day));
        plan.getAgency().getHolidays().add(holiday);
    }

    private static List<Task> overdue(Schedule schedule, String day) {
        return schedule.overdue(LocalDate.parse(day)).stream().map(ScheduledTask::task).toList();
    }

    private static void assertDates(ScheduledTask task, String start, String finish) {
        assertDates(task.earlyStart(), task.earlyFinish(), start, finish);
    }

    private static void assertDates(LocalDate actualStart, LocalDate actualFinish, String start, String finish) {
        assertEquals(LocalDate.parse(start), actualStart, "start");
        assertEquals(LocalDate.parse(finish), actualFinish, "finish");
    }
}
