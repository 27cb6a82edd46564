package org.peerplan.diagram.internal.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.peerplan.core.compare.Baselines;
import org.peerplan.core.compare.Snapshot;
import org.peerplan.core.schedule.WorkingCalendar;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.Palette;
import org.peerplan.diagram.Shape;
import org.peerplan.diagram.Style;
import org.peerplan.diagram.text.Dates;
import org.peerplan.model.Baseline;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Task;
import org.peerplan.model.TaskBaseline;

/**
 * The plan's current baseline drawn beside the plan as it stands: a thin dashed grey bar under each task's bar and
 * each stage's span, from the start to the end the baseline planned, so that a slip shows as the distance between
 * the two. Nothing when the plan has no current baseline.
 */
final class BaselineBars {

    /** Light and dashed, unlike any bar of the plan itself, so that it reads apart in a grey print too. */
    static final Style BASELINE = new Style("#d9d9d9", "#737373", 0.75, "3 2", Palette.TEXT);

    static final double HEIGHT = 4;

    private final Baseline baseline;

    private final Map<String, TaskBaseline> tasks;

    private final WorkingCalendar calendar;

    BaselineBars(ImplementationPlan plan) {
        this.calendar = WorkingCalendar.of(plan.getTimeline());
        this.baseline = Baselines.current(plan).orElse(null);
        this.tasks = baseline == null ? Map.of() : baseline.getTasks().stream()
                .filter(t -> t.getTaskId() != null && t.getStart() != null && t.getFinish() != null)
                .collect(Collectors.toMap(TaskBaseline::getTaskId, t -> t, (a, b) -> a));
    }

    boolean present() {
        return baseline != null;
    }

    String name() {
        return baseline.getName();
    }

    LocalDate setOn() {
        return baseline.getSetOn();
    }

    /** Every day a baseline bar starts or ends on, for the calendar to cover. */
    List<LocalDate> days() {
        return tasks.values().stream().flatMap(t -> Stream.of(t.getStart(), end(t))).toList();
    }

    /** The bar of {@code task} as baselined, its top at {@code top}. */
    Optional<Node> of(Task task, String id, TimeAxis axis, double top) {
        return Optional.ofNullable(tasks.get(Snapshot.idOf(task))).map(planned -> bar(id + "-baseline", axis,
                planned.getStart(), end(planned), top, "Baseline '" + name() + "': " + Dates.day(planned.getStart())
                        + " to " + Dates.day(planned.getFinish())));
    }

    /** The span of {@code stageTasks} as baselined, from the first planned start to the last planned end. */
    Optional<Node> span(String id, List<Task> stageTasks, TimeAxis axis, double top) {
        List<TaskBaseline> planned = stageTasks.stream().map(t -> tasks.get(Snapshot.idOf(t)))
                .filter(Objects::nonNull).toList();
        if (planned.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = planned.stream().map(TaskBaseline::getStart).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = planned.stream().map(TaskBaseline::getFinish).max(LocalDate::compareTo).orElseThrow();
        LocalDate end = planned.stream().map(this::end).max(LocalDate::compareTo).orElseThrow();
        return Optional.of(bar(id + "-baseline", axis, start, end, top, "Baseline '" + name() + "': "
                + Dates.day(start) + " to " + Dates.day(last)));
    }

    /** The working day after the last planned day: where the plan's own bar of those dates would end. */
    private LocalDate end(TaskBaseline task) {
        return task.getDurationDays() > 0 ? calendar.plus(task.getFinish(), 1) : task.getFinish();
    }

    private static Node bar(String id, TimeAxis axis, LocalDate start, LocalDate end, double top, String tooltip) {
        double left = axis.x(start);
        double width = Math.max(HEIGHT, axis.x(end) - left);
        return new Node(id, Shape.RECTANGLE, BASELINE).size(width, HEIGHT).moveTo(left, top).tooltip(tooltip);
    }
}
