package org.peerplan.diagram.internal.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.peerplan.core.schedule.Schedule;
import org.peerplan.core.schedule.ScheduledTask;
import org.peerplan.diagram.Box;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.diagram.Edge;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.Palette;
import org.peerplan.diagram.Shape;
import org.peerplan.diagram.layout.Frame;
import org.peerplan.diagram.layout.LegendEntry;
import org.peerplan.diagram.plan.DiagramBuilder;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.diagram.text.TextMetrics;
import org.peerplan.model.Task;
import org.peerplan.model.TaskStatus;
import org.peerplan.diagram.text.Dates;

/**
 * Draws the timeline as a Gantt chart, top to bottom: the calendar, the markers' captions, then the stage lanes with
 * their task rows and dependency arrows, and the calendar again below a long chart. A milestone's date goes beside
 * its diamond; the few dates that find no room there go under the milestone's name, which changes the rows' heights,
 * so the chart is drawn again until every date has its place.
 */
public final class TimelineDiagram implements DiagramBuilder {

    /** The board's one-page view: every stage's span and its milestones, without the tasks between them. */
    public static final String GLANCE = "timeline-glance";

    private static final double CHART_WIDTH = 1000;
    /** The least width the calendar keeps when the chart is narrowed to a page: a month still has room for its name. */
    private static final double MIN_CHART_WIDTH = 300;
    private static final double MAX_PIXELS_PER_DAY = 12;
    private static final double GAP = 6;
    private static final double LANE_END = 12;
    /** How far beyond the plan "today" may lie and still stretch the axis rather than be noted at its end. */
    private static final long NEAR_DAYS = 92;
    /** Charts with more rows than this repeat the calendar below. */
    private static final int FOOTER_ROWS = 25;
    private static final double MESSAGE_WIDTH = 520;
    private static final double MESSAGE_SIZE = 12;

    private final boolean milestonesOnly;

    /** The widest the whole chart may be, or 0 for the calendar's own width. */
    private final double maxWidth;

    /** The Gantt chart of every task. */
    public TimelineDiagram() {
        this(false, 0);
    }

    private TimelineDiagram(boolean milestonesOnly, double maxWidth) {
        this.milestonesOnly = milestonesOnly;
        this.maxWidth = maxWidth;
    }

    /** The Gantt chart of every task, its calendar narrowed so that the chart is at most {@code width} wide. */
    public static TimelineDiagram fitting(double width) {
        return new TimelineDiagram(false, width);
    }

    /**
     * The chart at a glance, at most {@code width} wide: the stages' spans and the milestones, no other task and no
     * dependency.
     */
    public static TimelineDiagram atAGlance(double width) {
        return new TimelineDiagram(true, width);
    }

    /** One drawing of the chart, and the milestones whose date found no room beside the diamond. */
    private record Chart(Diagram diagram, Set<Task> datesUnderNames, Set<Task> homeless) {
    }

    @Override
    public List<Diagram> build(DiagramInput input) {
        if (input.schedule().tasks().isEmpty()) {
            return List.of(empty(input));
        }
        // Narrowed, the calendar first leaves room for the name column and the frame.
        double chartWidth = maxWidth > 0
                ? Math.max(MIN_CHART_WIDTH, maxWidth - StageLanes.CHART_LEFT - LANE_END - 2 * Frame.MARGIN)
                : CHART_WIDTH;
        Diagram diagram = build(input, chartWidth);
        // What stands beyond the calendar is known once drawn: where it is more, narrow by the excess.
        for (int tries = 0; maxWidth > 0 && diagram.width() > maxWidth && chartWidth > MIN_CHART_WIDTH
                && tries < 3; tries++) {
            chartWidth = Math.max(MIN_CHART_WIDTH, chartWidth - (diagram.width() - maxWidth) - 1);
            diagram = build(input, chartWidth);
        }
        return List.of(diagram);
    }

    private Diagram build(DiagramInput input, double chartWidth) {
        Marker today = Marker.today(input);
        List<Marker> planned = Marker.planned(input);
        BaselineBars baseline = new BaselineBars(input.plan());
        List<LocalDate> dates = axisDates(input.schedule(), today, planned);
        dates.addAll(baseline.days());
        TimeAxis axis = TimeAxis.covering(dates, StageLanes.CHART_LEFT, chartWidth, MAX_PIXELS_PER_DAY);
        List<Marker> markers = new ArrayList<>(planned);
        markers.add(0, today);
        Chart chart = draw(input, axis, markers, baseline, Set.of());
        while (!chart.homeless().isEmpty()) {
            Set<Task> underNames = new HashSet<>(chart.datesUnderNames());
            underNames.addAll(chart.homeless());
            chart = draw(input, axis, markers, baseline, underNames);
        }
        List<LegendEntry> legend = milestonesOnly ? glanceLegend(markers) : legend(input, markers);
        if (baseline.present()) {
            // At a glance the key keeps to its two lines; the description names the baseline.
            legend.add(new LegendEntry(Shape.RECTANGLE, BaselineBars.BASELINE, milestonesOnly ? "baseline · "
                    + Dates.day(baseline.setOn()) : "baseline '" + baseline.name() + "' (set "
                            + Dates.day(baseline.setOn()) + "): the dates planned then"));
        }
        return Frame.finish(chart.diagram(), input.subtitle(), legend);
    }

    private Diagram newDiagram() {
        return milestonesOnly ? new Diagram(DiagramKind.TIMELINE, GLANCE, "The timeline at a glance")
                : new Diagram(DiagramKind.TIMELINE, "timeline", DiagramKind.TIMELINE.title());
    }

    /** The plan's dates and the planned markers', and today when it lies near them. */
    private static List<LocalDate> axisDates(Schedule schedule, Marker today, List<Marker> planned) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(schedule.planStart());
        for (ScheduledTask task : schedule.tasks()) {
            dates.add(task.earlyStart());
            dates.add(task.earlyFinish());
        }
        planned.forEach(m -> dates.add(m.day()));
        LocalDate first = Collections.min(dates);
        LocalDate last = Collections.max(dates);
        if (!today.day().isBefore(first.minusDays(NEAR_DAYS)) && !today.day().isAfter(last.plusDays(NEAR_DAYS))) {
            dates.add(today.day());
        }
        return dates;
    }

    private Chart draw(DiagramInput input, TimeAxis axis, List<Marker> markers, BaselineBars baseline,
            Set<Task> datesUnderNames) {
        Diagram diagram = newDiagram();
        CalendarAxis calendar = new CalendarAxis(axis);
        double bandTop = calendar.header(diagram, 0) + GAP;
        MarkerBand band = new MarkerBand(milestonesOnly ? List.of() : markers, axis, axis.right() + LANE_END);
        double lanesTop = bandTop + band.height() + GAP;
        // A timeline cut into pages shows its calendar and marker captions again at the top of each page.
        diagram.repeatedHeader(new Box(0, 0, 0, lanesTop));
        StageLanes lanes = new StageLanes(input, axis, datesUnderNames, milestonesOnly, baseline, lanesTop);
        calendar.gridlines(diagram, lanesTop, lanes.bottom());
        List<Edge> arrows = milestonesOnly ? List.of() : DependencyRoutes.of(lanes.rows());
        arrows.forEach(diagram::add);
        lanes.lanes().forEach(diagram::add);
        if (milestonesOnly) {
            MarkerBand.drawUncaptioned(diagram, markers, axis, lanesTop, lanes.bottom());
        } else {
            band.draw(diagram, bandTop, lanes.bottom());
        }
        // At a glance each milestone's date is in the words under it.
        Set<Task> homeless = milestonesOnly ? Set.of() : MilestoneDates.place(lanes.rows(), arrows, band.lines(),
                lanesTop, lanes.bottom(), StageLanes.NAME_LEFT + StageLanes.NAME_WIDTH + GAP, datesUnderNames);
        lanes.extendTo(Math.max(axis.right(), contentRight(lanes)) + LANE_END);
        if (lanes.rows().size() > FOOTER_ROWS) {
            calendar.footer(diagram, lanes.bottom());
        }
        diagram.description((milestonesOnly ? glance(input, markers) : description(input, arrows.size(), markers))
                + (baseline.present() ? " Thin dashed grey bars under the bars show the dates planned in baseline '"
                        + baseline.name() + "', set on " + Dates.day(baseline.setOn()) + "." : ""));
        return new Chart(diagram, datesUnderNames, homeless);
    }

    /** The right end of the bars and the labels beside them. */
    private static double contentRight(StageLanes lanes) {
        double right = 0;
        for (Node lane : lanes.lanes()) {
            for (Node child : lane.children()) {
                right = Math.max(right, child.box().right());
                for (Label label : child.outsideLabels()) {
                    right = Math.max(right, label.box().right());
                }
            }
        }
        return right;
    }

    private static String glance(DiagramInput input, List<Marker> markers) {
        Schedule schedule = input.schedule();
        int stages = input.plan().getTimeline().getStages().size();
        return "The " + (stages == 1 ? "stage" : stages + " stages") + " of the plan from "
                + Dates.day(schedule.planStart()) + " to " + Dates.day(schedule.finish().minusDays(1))
                + ", each a bar from its first start to its last finish, with its milestones as diamonds ("
                + schedule.milestones().size() + " in all). Vertical lines mark " + markers(markers) + ".";
    }

    private static String markers(List<Marker> markers) {
        return markers.stream().map(m -> m.meaning() + " (" + Dates.day(m.day()) + ")")
                .collect(Collectors.joining("; "));
    }

    private static String description(DiagramInput input, int arrows, List<Marker> markers) {
        Schedule schedule = input.schedule();
        int stages = input.plan().getTimeline().getStages().size();
        StringBuilder text = new StringBuilder("Gantt chart of the ").append(schedule.tasks().size())
                .append(" tasks in ").append(stages).append(stages == 1 ? " stage" : " stages").append(", from ")
                .append(Dates.day(schedule.planStart())).append(" to ")
                .append(Dates.day(schedule.finish().minusDays(1))).append(", with arrows for ").append(arrows)
                .append(" dependencies: ").append(schedule.milestones().size()).append(" milestones are diamonds, ")
                .append(schedule.criticalPath().size()).append(" tasks on the critical path have a heavy outline, ")
                .append(schedule.overdue(input.asOf()).size()).append(" are overdue as of ")
                .append(Dates.day(input.asOf())).append(". Vertical lines mark ").append(markers(markers));
        return text.append('.').toString();
    }

    /** Short entries, so that the key takes two lines and the chart its one page. */
    private static List<LegendEntry> glanceLegend(List<Marker> markers) {
        List<LegendEntry> entries = new ArrayList<>(List.of(
                new LegendEntry(Shape.RECTANGLE, StageLanes.STAGE_SPAN, "stage: first start to last finish"),
                new LegendEntry(Shape.DIAMOND, Palette.NORMAL, "milestone"),
                new LegendEntry(Shape.DIAMOND, Palette.GOOD, "milestone reached (" + TaskLook.DONE_MARK.strip()
                        + ")")));
        markers.forEach(m -> entries.add(new LegendEntry(Shape.LINE, m.style(),
                m.caption().replaceFirst("\n", " · "))));
        return entries;
    }

    private static List<LegendEntry> legend(DiagramInput input, List<Marker> markers) {
        List<LegendEntry> entries = new ArrayList<>(List.of(
                new LegendEntry(Shape.RECTANGLE, Palette.NORMAL, "task, from its start to its finish"),
                new LegendEntry(Shape.RECTANGLE, Palette.CRITICAL,
                        "on the critical path: a delay moves the end of the plan"),
                new LegendEntry(Shape.RECTANGLE, Palette.GOOD, "done (" + TaskLook.DONE_MARK.strip()
                        + " before the name)"),
                new LegendEntry(Shape.RECTANGLE, TaskLook.OVERDUE,
                        "overdue on " + Dates.day(input.asOf()) + " (said under the name)"),
                new LegendEntry(Shape.DIAMOND, Palette.NORMAL, "milestone, with its date"),
                new LegendEntry(Shape.RECTANGLE, StageLanes.STAGE_SPAN,
                        "stage, from its first start to its last finish"),
                new LegendEntry(Shape.LINE, DependencyRoutes.DEPENDENCY, "dependency: starts when the other ends"),
                new LegendEntry(Shape.LINE, DependencyRoutes.CRITICAL_DEPENDENCY, "dependency on the critical path")));
        if (input.schedule().tasks().stream().anyMatch(t -> t.task().getStatus() == TaskStatus.CANCELLED)) {
            entries.add(new LegendEntry(Shape.RECTANGLE, TaskLook.CANCELLED, "cancelled"));
        }
        markers.forEach(m -> entries.add(new LegendEntry(Shape.LINE, m.style(), m.meaning())));
        return entries;
    }

    /** A timeline with nothing to place says so above its empty stage lanes, rather than drawing a bare axis. */
    private Diagram empty(DiagramInput input) {
        int stages = input.plan().getTimeline().getStages().size();
        String message = stages == 0 ? "The timeline has no stages and no tasks yet."
                : "The timeline's " + stages + (stages == 1 ? " stage has" : " stages have")
                        + " no tasks yet. Add tasks to the stages to see them here on a time axis.";
        Label text = TextMetrics.label(message, MESSAGE_WIDTH, MESSAGE_SIZE, false).align(Label.Align.START);
        Node note = new Node("no-tasks", Shape.NONE, Palette.TEXT_ONLY).size(text.width(), text.height()).add(text);
        Diagram diagram = newDiagram().description(message).add(note);
        TimeAxis axis = TimeAxis.covering(List.of(input.schedule().planStart()), StageLanes.CHART_LEFT, CHART_WIDTH,
                MAX_PIXELS_PER_DAY);
        StageLanes lanes = new StageLanes(input, axis, Set.of(), milestonesOnly, new BaselineBars(input.plan()),
                note.box().bottom() + 3 * GAP);
        lanes.extendTo(Math.max(note.box().right(), StageLanes.CHART_LEFT));
        lanes.lanes().forEach(diagram::add);
        return Frame.finish(diagram, input.subtitle(), List.of());
    }
}
