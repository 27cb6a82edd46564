package org.peerplan.core.schedule;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

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
