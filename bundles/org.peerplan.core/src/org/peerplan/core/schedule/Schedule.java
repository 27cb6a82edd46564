package org.peerplan.core.schedule;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peerplan.model.Task;
import org.peerplan.model.TaskStatus;

/** The computed timeline: every task's dates, in timeline order, and the working days they were counted in. */
public record Schedule(LocalDate planStart, LocalDate finish, List<ScheduledTask> tasks, Map<Task, ScheduledTask> byTask,
        LocalDate firstPeerStart, WorkingCalendar calendar) {

    public ScheduledTask of(Task task) {
        return byTask.get(task);
    }

    /** The critical tasks in timeline order: any delay to one of them delays the end of the plan. */
    public List<ScheduledTask> criticalPath() {
        return tasks.stream().filter(ScheduledTask::critical).toList();
    }

    /**
     * What sets a task's start: the task, and before it the dependency that finishes the day it starts, and so on back
     * to a task that waits for nothing but its own fixed start or the plan's start. Any delay along the way delays the
     * task. Earliest first.
     */
    public List<ScheduledTask> pathTo(Task target) {
        LinkedList<ScheduledTask> path = new LinkedList<>();
        for (ScheduledTask step = of(target); step != null && !path.contains(step); step = driver(step)) {
            path.addFirst(step);
        }
        return List.copyOf(path);
    }

    /** The dependency whose finish is the day {@code step} starts, if one is; the longest of them when several are. */
    private ScheduledTask driver(ScheduledTask step) {
        return step.task().getDependsOn().stream().map(this::of).filter(d -> d != null)
                .filter(d -> d.earlyFinish().equals(step.earlyStart()))
                .max(Comparator.comparingInt(d -> d.task().getDurationDays())).orElse(null);
    }

    /**
     * The milestone that stands for the first peer's start: the first milestone on or after the day the timeline
     * gives for it, or empty when the timeline gives no day or no milestone comes after it.
     */
    public Optional<ScheduledTask> firstPeerMilestone() {
        if (firstPeerStart == null) {
            return Optional.empty();
        }
        return milestones().stream().filter(t -> t.task().getStatus() != TaskStatus.CANCELLED)
                .filter(t -> !t.lastDay().isBefore(firstPeerStart)).min(Comparator.comparing(ScheduledTask::lastDay));
    }

    public List<ScheduledTask> milestones() {
        return tasks.stream().filter(t -> t.task().isMilestone()).toList();
    }

    /** Planned preparation: from the plan's start to the first peer's start, or {@code null} when either is unset. */
    public Period horizon() {
        return planStart == null || firstPeerStart == null ? null : Period.between(planStart, firstPeerStart);
    }

    /** Whole months of preparation, rounding partial months down, or -1 when the horizon is unknown. */
    public long horizonMonths() {
        Period horizon = horizon();
        return horizon == null ? -1 : horizon.toTotalMonths();
    }

    /** Tasks that should have finished before {@code today} and are neither done nor cancelled. */
    public List<ScheduledTask> overdue(LocalDate today) {
        return tasks.stream().filter(t -> t.earlyFinish().isBefore(today) || t.earlyFinish().isEqual(today))
                .filter(t -> t.task().getStatus() != TaskStatus.DONE && t.task().getStatus() != TaskStatus.CANCELLED)
                .toList();
    }
}
