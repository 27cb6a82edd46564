package org.peerplan.diagram.internal.timeline;


import org.peerplan.core.schedule.ScheduledTask;
import org.peerplan.diagram.Palette;
import org.peerplan.diagram.Style;
import org.peerplan.model.TaskStatus;
import org.peerplan.diagram.text.Dates;

/**
 * How a task is drawn and what words say so beside its name, because a style alone does not survive a grey print:
 * done tasks get a check mark, overdue, blocked and cancelled ones a note.
 *
 * @param prefix    put before the task's name
 * @param note      a line under the name, or {@code null}
 * @param noteColor the note's colour
 */
record TaskLook(Style style, String prefix, String note, String noteColor) {


    /** Late and unfinished: a heavy dashed vermillion outline. */
    static final Style OVERDUE = Palette.PROBLEM;
    /** Late, unfinished and on the critical path: the overdue outline on the critical fill. */
    static final Style OVERDUE_CRITICAL = Palette.PROBLEM.withFill(Palette.CRITICAL.fill());
    /** Dropped from the plan: a pale grey bar with a dotted outline. */
    static final Style CANCELLED = new Style("#f2f2f2", Palette.GREY, 1, "2 2", Palette.MUTED_TEXT);

    static final String DONE_MARK = "✓ ";

    static TaskLook of(ScheduledTask task, boolean overdue) {
        TaskStatus status = task.task().getStatus();
        if (status == TaskStatus.CANCELLED) {
            return new TaskLook(CANCELLED, "", "cancelled", Palette.MUTED_TEXT);
        }
        if (status == TaskStatus.DONE) {
            return new TaskLook(Palette.GOOD, DONE_MARK, null, null);
        }
        if (overdue) {
            return new TaskLook(task.critical() ? OVERDUE_CRITICAL : OVERDUE, "",
                    "overdue: due " + Dates.day(task.lastDay()) + (status == TaskStatus.BLOCKED ? ", blocked" : ""),
                    Palette.VERMILLION);
        }
        Style style = task.critical() ? Palette.CRITICAL : Palette.NORMAL;
        return status == TaskStatus.BLOCKED ? new TaskLook(style, "", "blocked", Palette.VERMILLION)
                : new TaskLook(style, "", null, null);
    }
}
