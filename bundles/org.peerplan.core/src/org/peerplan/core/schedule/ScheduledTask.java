package org.peerplan.core.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.peerplan.model.Task;

/**
 * A task's computed dates. A task occupies {@code [start, finish)}: finish is the day after its last day, so a task
 * of 0 days (a milestone) finishes the day it starts and a successor may start on its predecessor's finish.
 */
public record ScheduledTask(Task task, LocalDate earlyStart, LocalDate earlyFinish, LocalDate lateStart,
        LocalDate lateFinish) {

    /** The task's last day: the day before its finish, or its start for a task of no days. */
    public LocalDate lastDay() {
        return earlyFinish.isAfter(earlyStart) ? earlyFinish.minusDays(1) : earlyStart;
    }

    /** Days the task can slip without moving the end of the plan. */
    public long slackDays() {
        return ChronoUnit.DAYS.between(earlyStart, lateStart);
    }

    public boolean critical() {
        return slackDays() == 0;
    }
}
