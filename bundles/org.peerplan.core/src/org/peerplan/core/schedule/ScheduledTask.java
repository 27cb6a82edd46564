package org.peerplan.core.schedule;

import java.time.LocalDate;

import org.peerplan.model.Task;

/**
 * A task's computed dates, all working days. A task occupies {@code [start, finish)}: finish is the working day after
 * its last day, so a task of 0 days (a milestone) finishes the day it starts and a successor may start on its
 * predecessor's finish.
 *
 * @param lastDay   the task's last working day, or its start for a task of no days
 * @param slackDays working days the task can slip without moving the end of the plan
 */
public record ScheduledTask(Task task, LocalDate earlyStart, LocalDate earlyFinish, LocalDate lateStart,
        LocalDate lateFinish, LocalDate lastDay, long slackDays) {

    public boolean critical() {
        return slackDays == 0;
    }
}
