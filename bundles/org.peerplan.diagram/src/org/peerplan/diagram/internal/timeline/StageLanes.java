package org.peerplan.diagram.internal.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.peerplan.core.plan.Labels;
import org.peerplan.core.schedule.Schedule;
import org.peerplan.core.schedule.ScheduledTask;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.Palette;
import org.peerplan.diagram.Shape;
import org.peerplan.diagram.Style;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.diagram.text.TextMetrics;
import org.peerplan.model.Stage;
import org.peerplan.model.Task;
import org.peerplan.diagram.text.Dates;

/**
 * One lane per stage, in plan order, in alternating shades: a header with the stage's name and a bar over its span,
 * then a row per task with the task's name (wrapped, and any note under it) in the name column on the left and its
 * bar, or its diamond, on the axis to the right. The name is the bar's outside label, so the two are one element.
 */
final class StageLanes {

    static final double NAME_LEFT = 20;
    static final double NAME_WIDTH = 240;
    static final double CHART_LEFT = NAME_LEFT + NAME_WIDTH + 28;
    static final Style STAGE_SPAN = new Style("#737373", "#404040", 0.75, null, Palette.TEXT);

    private static final double LANE_PADDING = 8;
    private static final double HEADER_PADDING = 6;
    private static final double STAGE_SIZE = 11;
    private static final double NAME_SIZE = 10;
    private static final double NOTE_SIZE = TextMetrics.SMALLEST;
    private static final double ROW_MIN = 22;
    private static final double ROW_PADDING = 3;
    private static final double BAR = 12;
    private static final double DIAMOND = 14;
    private static final double MIN_BAR = 3;
    private static final double SPAN = 6;
    /** At a glance, how wide a milestone's name and date may run under its stage's bar before wrapping. */
    private static final double GLANCE_LABEL_WIDTH = 420;
    private static final Style LANE_ALTERNATE = Palette.CONTAINER.withFill(Palette.PAPER);

    private final TimeAxis axis;
    private final BaselineBars baseline;
    private final Set<Task> overdue;
    private final Set<Task> datesUnderNames;
    private final boolean milestonesOnly;
    private final List<Node> lanes = new ArrayList<>();
    private final Map<Task, TaskRow> rows = new LinkedHashMap<>();
    private final double bottom;

    /**
     * @param datesUnderNames milestones whose date goes under their name, because beside the diamond it would cover
     *                        a line
     * @param milestonesOnly  a row for each milestone only, the stage's span still covering all its tasks
     * @param baseline        drawn under the bars and spans
     */
    StageLanes(DiagramInput input, TimeAxis axis, Set<Task> datesUnderNames, boolean milestonesOnly,
            BaselineBars baseline, double top) {
        this.axis = axis;
        this.baseline = baseline;
        this.datesUnderNames = datesUnderNames;
        this.milestonesOnly = milestonesOnly;
        Schedule schedule = input.schedule();
        this.overdue = schedule.overdue(input.asOf()).stream().map(ScheduledTask::task).collect(Collectors.toSet());
        double y = top;
        List<Stage> stages = input.plan().getTimeline().getStages();
        for (int index = 0; index < stages.size(); index++) {
            y = lane(stages.get(index), index, schedule, y);
        }
        this.bottom = y;
    }

    List<Node> lanes() {
        return lanes;
    }

    /** Every task's row, in plan order. */
    Map<Task, TaskRow> rows() {
        return rows;
    }

    double bottom() {
        return bottom;
    }

    /** Makes every lane reach {@code right}. */
    void extendTo(double right) {
        lanes.forEach(lane -> lane.size(right, lane.box().height()));
    }

    private double lane(Stage stage, int index, Schedule schedule, double top) {
        String name = stage.getName() == null || stage.getName().isBlank() ? "Stage " + (index + 1) : stage.getName();
        Node lane = new Node("lane-" + index, Shape.RECTANGLE, index % 2 == 0 ? Palette.CONTAINER : LANE_ALTERNATE)
                .ref(DiagramInput.ref(stage)).tooltip(name).moveTo(0, top);
        Label heading = TextMetrics.label(name, NAME_LEFT + NAME_WIDTH - LANE_PADDING, STAGE_SIZE, true)
                .align(Label.Align.START).moveTo(LANE_PADDING, top + HEADER_PADDING);
        lane.add(heading);
        if (milestonesOnly && !stage.getTasks().isEmpty()) {
            return glanceLane(lane, name, stage, schedule, top, heading.box().bottom() + HEADER_PADDING);
        }
        double headerBottom = heading.box().bottom() + HEADER_PADDING;
        double y = headerBottom;
        for (Task task : stage.getTasks()) {
            ScheduledTask scheduled = schedule.of(task);
            TaskRow row = row(scheduled, lane, y);
            rows.put(task, row);
            y = row.bottom();
        }
        if (stage.getTasks().isEmpty()) {
            Label none = TextMetrics.label("no tasks in this stage yet", NAME_WIDTH, NAME_SIZE, false)
                    .color(Palette.MUTED_TEXT).align(Label.Align.START);
            Node note = new Node(lane.id() + "-empty", Shape.NONE, Palette.TEXT_ONLY)
                    .size(none.width(), none.height()).moveTo(NAME_LEFT, y + ROW_PADDING);
            lane.add(note.add(none.moveTo(NAME_LEFT, y + ROW_PADDING)));
            y += ROW_MIN;
        } else {
            addSpan(lane, name, stage.getTasks().stream().map(schedule::of).toList(), (top + headerBottom) / 2);
        }
        y += LANE_PADDING / 2;
        lanes.add(lane.size(CHART_LEFT, y - top));
        return y;
    }

    /**
     * The lane of a stage at a glance, one row beside the stage's name: its span, with each milestone's diamond on it
     * and under it the milestone's name and date, left-aligned at the diamond, or right-aligned where it would run
     * past the calendar's end; a second milestone's words go a line lower.
     */
    private double glanceLane(Node lane, String name, Stage stage, Schedule schedule, double top,
            double headerBottom) {
        List<ScheduledTask> tasks = stage.getTasks().stream().map(schedule::of).toList();
        double spanMiddle = top + 2 + DIAMOND / 2;
        addSpan(lane, name, tasks, spanMiddle);
        double y = spanMiddle + DIAMOND / 2;
        for (ScheduledTask scheduled : tasks.stream().filter(t -> t.task().isMilestone())
                .sorted((a, b) -> a.lastDay().compareTo(b.lastDay())).toList()) {
            Task task = scheduled.task();
            TaskLook look = TaskLook.of(scheduled, overdue.contains(task));
            double x = axis.x(scheduled.earlyFinish());
            Node diamond = new Node(DiagramInput.ref(task), Shape.DIAMOND, look.style()).size(DIAMOND, DIAMOND)
                    .moveTo(x - DIAMOND / 2, spanMiddle - DIAMOND / 2).ref(DiagramInput.ref(task))
                    .tooltip(tooltip(scheduled, task.getName()));
            String words = look.prefix() + (task.getName() == null || task.getName().isBlank() ? "(unnamed task)"
                    : task.getName()) + " · " + Dates.day(scheduled.lastDay());
            Label label = glanceLabel(words, x, y);
            diamond.addOutside(label);
            lane.add(diamond);
            rows.put(task, new TaskRow(scheduled, diamond, null, top, y + label.height()));
            y += label.height();
        }
        double bottom = Math.max(headerBottom, y + ROW_PADDING / 2);
        lanes.add(lane.size(CHART_LEFT, bottom - top));
        return bottom;
    }

    /**
     * A milestone's words under its diamond at {@code x}: running right from the diamond where they fit before the
     * calendar's end, else left to it where they fit after the calendar's start, else wrapped on the wider side.
     */
    private Label glanceLabel(String words, double x, double y) {
        double rightRoom = axis.right() - (x - DIAMOND / 2);
        double leftRoom = x + DIAMOND / 2 - axis.left();
        Label line = TextMetrics.label(words, GLANCE_LABEL_WIDTH, NAME_SIZE, false);
        boolean right = line.width() <= rightRoom || line.width() > leftRoom && rightRoom >= leftRoom;
        Label label = line.width() <= (right ? rightRoom : leftRoom) ? line
                : TextMetrics.label(words, Math.min(GLANCE_LABEL_WIDTH, right ? rightRoom : leftRoom), NAME_SIZE,
                        false);
        return right ? label.align(Label.Align.START).moveTo(x - DIAMOND / 2, y)
                : label.align(Label.Align.END).moveTo(x + DIAMOND / 2 - label.width(), y);
    }

    /**
     * A thin dark bar over the header from the stage's first start to its last finish, and the baseline's span of
     * the stage under it.
     */
    private void addSpan(Node lane, String name, List<ScheduledTask> tasks, double middle) {
        ScheduledTask first = tasks.stream().min((a, b) -> a.earlyStart().compareTo(b.earlyStart())).orElseThrow();
        ScheduledTask last = tasks.stream().max((a, b) -> a.earlyFinish().compareTo(b.earlyFinish())).orElseThrow();
        double left = axis.x(first.earlyStart());
        double width = Math.max(MIN_BAR, axis.x(last.earlyFinish()) - left);
        baseline.span(lane.id() + "-span", tasks.stream().map(ScheduledTask::task).toList(), axis,
                middle + SPAN / 2 + 1).ifPresent(lane::add);
        lane.add(new Node(lane.id() + "-span", Shape.RECTANGLE, STAGE_SPAN).size(width, SPAN)
                .moveTo(left, middle - SPAN / 2)
                .tooltip(name + ": " + Dates.day(first.earlyStart()) + " to " + Dates.day(last.lastDay())));
    }

    private TaskRow row(ScheduledTask scheduled, Node lane, double top) {
        Task task = scheduled.task();
        TaskLook look = TaskLook.of(scheduled, overdue.contains(task));
        List<Label> texts = new ArrayList<>();
        String name = task.getName() == null || task.getName().isBlank() ? "(unnamed task)" : task.getName();
        texts.add(TextMetrics.label(look.prefix() + name, NAME_WIDTH, NAME_SIZE, false));
        if (look.note() != null) {
            texts.add(TextMetrics.label(look.note(), NAME_WIDTH, NOTE_SIZE, true).color(look.noteColor()));
        }
        if (datesUnderNames.contains(task)) {
            texts.add(TextMetrics.label("milestone · " + Dates.day(scheduled.lastDay()), NAME_WIDTH, NOTE_SIZE,
                    false).color(Palette.MUTED_TEXT));
        }
        double textHeight = texts.stream().mapToDouble(Label::height).sum();
        double height = Math.max(ROW_MIN, textHeight + 2 * ROW_PADDING);
        double middle = top + height / 2;
        String id = DiagramInput.ref(task);
        String tooltip = tooltip(scheduled, name);
        double start = axis.x(scheduled.earlyStart());
        double finish = axis.x(scheduled.earlyFinish());
        Node node;
        Node work = null;
        if (task.isMilestone()) {
            node = new Node(id, Shape.DIAMOND, look.style()).size(DIAMOND, DIAMOND)
                    .moveTo(finish - DIAMOND / 2, middle - DIAMOND / 2);
            if (node.box().x() - start >= MIN_BAR) {
                work = new Node(id + "-work", Shape.RECTANGLE, look.style()).size(node.box().x() - start, BAR)
                        .moveTo(start, middle - BAR / 2).tooltip(tooltip);
                lane.add(work);
            }
        } else {
            double width = Math.max(MIN_BAR, finish - start);
            node = new Node(id, Shape.RECTANGLE, look.style()).size(width, BAR)
                    .moveTo((start + finish - width) / 2, middle - BAR / 2);
        }
        node.ref(id).tooltip(tooltip);
        baseline.of(task, id, axis, middle + BAR / 2 + 1).ifPresent(lane::add);
        double y = top + (height - textHeight) / 2;
        for (Label text : texts) {
            node.addOutside(text.align(Label.Align.START).moveTo(NAME_LEFT, y));
            y += text.height();
        }
        lane.add(node);
        return new TaskRow(scheduled, node, work, top, top + height);
    }

    private static String tooltip(ScheduledTask scheduled, String name) {
        int days = Math.max(scheduled.task().getDurationDays(), 0);
        return name + "\n" + Dates.day(scheduled.earlyStart()) + " to " + Dates.day(scheduled.lastDay()) + " ("
                + Labels.count(days, "working day", "working days") + ")\n"
                + Labels.words(scheduled.task().getStatus()) + " · " + (scheduled.critical() ? "on the critical path"
                        : "slack " + Labels.count(scheduled.slackDays(), "working day", "working days"));
    }
}
