package org.peerplan.core.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.peerplan.core.plan.Labels;
import org.peerplan.core.schedule.Schedule;
import org.peerplan.core.schedule.ScheduledTask;
import org.peerplan.core.schedule.Scheduler;
import org.peerplan.core.schedule.WorkingCalendar;
import org.peerplan.model.Baseline;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Stage;
import org.peerplan.model.Task;
import org.peerplan.model.TaskBaseline;
import org.peerplan.model.TaskStatus;

/**
 * On track, at risk or late, stage by stage, by the rules the README's "Status at a glance" writes down:
 * <ul>
 * <li>a task not done whose last day has passed cannot end before the as-of date: that day is its forecast, and
 * the stage's forecast finish is the latest of its tasks' (cancelled tasks do not count);</li>
 * <li>the planned finish is the latest baseline finish of the stage's tasks, or the schedule's own finish when there
 * is no baseline or it holds none of them;</li>
 * <li><b>late</b> when the forecast finish is more than {@value #LATE_AFTER_WORKING_DAYS} working days after the
 * planned finish; <b>at risk</b> when it is 1 to {@value #LATE_AFTER_WORKING_DAYS} working days after, or a task is
 * blocked, or past its last day and not done, or due to start before the as-of date and not started; <b>done</b>
 * when every task is done;
 * otherwise <b>on track</b>.</li>
 * </ul>
 */
public final class StatusAtAGlance {

    /** Two working weeks: a slip a board should hear about as late, not just at risk. */
    public static final int LATE_AFTER_WORKING_DAYS = 10;

    private final Schedule schedule;

    private final WorkingCalendar calendar;

    /** Each baselined task's finish, by the task's identity. */
    private final Map<String, LocalDate> baselineFinishes;

    private final LocalDate asOf;

    private StatusAtAGlance(ImplementationPlan plan, Baseline baseline, LocalDate asOf) {
        this.schedule = new Scheduler().schedule(plan.getTimeline());
        this.calendar = WorkingCalendar.of(plan.getTimeline());
        this.baselineFinishes = baseline == null ? Map.of() : baseline.getTasks().stream()
                .filter(t -> t.getTaskId() != null && t.getFinish() != null)
                .collect(Collectors.toMap(TaskBaseline::getTaskId, TaskBaseline::getFinish, (a, b) -> a));
        this.asOf = asOf;
    }

    /** The plan's status on {@code asOf} against {@code baseline}, or against its own schedule when that is null. */
    public static PlanStatus of(ImplementationPlan plan, Baseline baseline, LocalDate asOf) {
        StatusAtAGlance status = new StatusAtAGlance(plan, baseline, asOf);
        List<StageStatus> stages = new ArrayList<>();
        Progress overall = Progress.DONE;
        for (Stage stage : plan.getTimeline().getStages()) {
            StageStatus one = status.of(stage);
            if (one != null) {
                stages.add(one);
                overall = overall.worse(one.progress());
            }
        }
        return new PlanStatus(overall, List.copyOf(stages), baseline == null ? null : baseline.getName());
    }

    /** Null for a stage without a scheduled task that counts. */
    private StageStatus of(Stage stage) {
        LocalDate forecast = null;
        LocalDate scheduled = null;
        LocalDate planned = null;
        int open = 0;
        int blocked = 0;
        int overdue = 0;
        int notStarted = 0;
        for (Task task : stage.getTasks()) {
            ScheduledTask dates = schedule.of(task);
            if (dates == null || task.getStatus() == TaskStatus.CANCELLED) {
                continue;
            }
            boolean done = task.getStatus() == TaskStatus.DONE;
            boolean late = !done && dates.lastDay().isBefore(asOf);
            LocalDate end = late ? calendar.onOrAfter(asOf) : dates.lastDay();
            forecast = later(forecast, end);
            scheduled = later(scheduled, dates.lastDay());
            planned = later(planned, baselineFinishes.get(Snapshot.idOf(task)));
            open += done ? 0 : 1;
            blocked += task.getStatus() == TaskStatus.BLOCKED ? 1 : 0;
            overdue += late ? 1 : 0;
            notStarted += task.getStatus() == TaskStatus.NOT_STARTED && dates.earlyStart().isBefore(asOf) ? 1 : 0;
        }
        if (forecast == null) {
            return null;
        }
        LocalDate against = planned == null ? scheduled : planned;
        String measure = planned == null ? "the schedule's" : "the baseline's";
        long slip = calendar.between(against, forecast);
        if (open == 0) {
            return new StageStatus(stage.getName(), Progress.DONE, forecast, against, slip, "Every task is done.");
        }
        if (slip > 0) {
            return new StageStatus(stage.getName(), slip > LATE_AFTER_WORKING_DAYS ? Progress.LATE : Progress.AT_RISK,
                    forecast, against, slip, "Forecast to end " + Labels.day(forecast) + ", "
                            + Labels.count(slip, "working day", "working days") + " after " + measure + " "
                            + Labels.day(against) + ".");
        }
        if (blocked > 0 || overdue > 0 || notStarted > 0) {
            List<String> why = new ArrayList<>();
            if (blocked > 0) {
                why.add(Labels.count(blocked, "task is", "tasks are") + " blocked");
            }
            if (overdue > 0) {
                why.add(Labels.count(overdue, "task is", "tasks are") + " past " + (overdue == 1 ? "its" : "their")
                        + " last day and not done");
            }
            if (notStarted > 0) {
                why.add(Labels.count(notStarted, "task", "tasks") + " due to start before " + Labels.day(asOf)
                        + (notStarted == 1 ? " has" : " have") + " not started");
            }
            return new StageStatus(stage.getName(), Progress.AT_RISK, forecast, against, slip,
                    Labels.capitalized(String.join("; ", why)) + ".");
        }
        return new StageStatus(stage.getName(), Progress.ON_TRACK, forecast, against, slip, "Forecast to end "
                + Labels.day(forecast) + (slip == 0 ? ", as planned." : ", ahead of " + measure + " "
                        + Labels.day(against) + "."));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || !b.isAfter(a) ? a : b;
    }


}
