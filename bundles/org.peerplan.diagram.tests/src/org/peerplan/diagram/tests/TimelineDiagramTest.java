package org.peerplan.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.compare.Baselines;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.plan.NewPlanFactory;
import org.peerplan.core.readiness.QuizResult;
import org.peerplan.core.readiness.ReadinessScorer;
import org.peerplan.core.schedule.Schedule;
import org.peerplan.core.schedule.ScheduledTask;
import org.peerplan.diagram.Box;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.diagram.Edge;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.Palette;
import org.peerplan.diagram.Point;
import org.peerplan.diagram.Shape;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.diagram.plan.PlanDiagrams;
import org.peerplan.model.Baseline;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Stage;
import org.peerplan.model.Task;
import org.peerplan.model.TaskStatus;

class TimelineDiagramTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    private static final double TOLERANCE = 0.5;

    @Test
    void theExampleIsCleanAndShowsEveryTaskAndStageOnce() {
        ImplementationPlan plan = Example.plan();
        Diagram diagram = draw(plan);
        LayoutInvariants.assertClean(diagram);
        List<String> drawn = diagram.allNodes().map(Node::ref).filter(Objects::nonNull).toList();
        List<String> expected = new ArrayList<>();
        for (Stage stage : plan.getTimeline().getStages()) {
            expected.add(DiagramInput.ref(stage));
            stage.getTasks().forEach(t -> expected.add(DiagramInput.ref(t)));
        }
        assertEquals(Set.copyOf(expected), Set.copyOf(drawn));
        assertEquals(drawn.size(), Set.copyOf(drawn).size(), "each stage and task once");
        assertEquals(69 + 10, drawn.size(), "the example's 69 tasks in 10 stages");
        assertFalse(diagram.description().isBlank());
        assertNoLineCrossesText(diagram);
        Drawings.keep(diagram);
    }

    @Test
    void everyTaskNameIsInTheNameColumnAndStagesKeepThePlansOrder() {
        ImplementationPlan plan = Example.plan();
        Diagram diagram = draw(plan);
        double previous = Double.NEGATIVE_INFINITY;
        double column = Double.NaN;
        for (Stage stage : plan.getTimeline().getStages()) {
            for (Task task : stage.getTasks()) {
                Node node = node(diagram, task);
                Label name = node.outsideLabels().get(0);
                assertTrue(name.text().endsWith(task.getName()), name.text());
                assertTrue(name.box().right() < extent(diagram, task).x(), "the name is left of the bar");
                column = Double.isNaN(column) ? name.box().x() : column;
                assertEquals(column, name.box().x(), TOLERANCE, "names line up");
                assertTrue(node.box().y() > previous, task.getName() + " comes after the task before it");
                previous = node.box().y();
            }
        }
    }

    @Test
    void criticalTasksHaveTheCriticalStyleAndOthersDoNot() {
        DiagramInput input = Example.input();
        Diagram diagram = PlanDiagrams.build(DiagramKind.TIMELINE, input).get(0);
        Schedule schedule = input.schedule();
        List<ScheduledTask> open = schedule.tasks().stream()
                .filter(t -> t.task().getStatus() == TaskStatus.NOT_STARTED && !t.task().isMilestone())
                .filter(t -> !schedule.overdue(input.asOf()).contains(t)).toList();
        ScheduledTask critical = open.stream().filter(ScheduledTask::critical).findFirst().orElseThrow();
        ScheduledTask slack = open.stream().filter(t -> !t.critical()).findFirst().orElseThrow();
        assertEquals(Palette.CRITICAL, node(diagram, critical.task()).style());
        assertEquals(Palette.NORMAL, node(diagram, slack.task()).style());
        assertTrue(Palette.CRITICAL.strokeWidth() > Palette.NORMAL.strokeWidth(), "told apart in grey");

        Task late = slack.task();
        late.setDurationDays(late.getDurationDays() + (int) slack.slackDays() + 30);
        assertEquals(Palette.CRITICAL, node(draw((ImplementationPlan) EcoreUtil.getRootContainer(late)), late).style(),
                "once it runs past the plan's end, " + late.getName() + " is critical");
    }

    @Test
    void milestonesAreDiamondsAtTheirFinishWithTheirDate() {
        DiagramInput input = Example.input();
        Diagram diagram = PlanDiagrams.build(DiagramKind.TIMELINE, input).get(0);
        Scale scale = Scale.of(diagram, input.schedule());
        assertEquals(9, input.schedule().milestones().size());
        for (ScheduledTask scheduled : input.schedule().tasks()) {
            Node node = node(diagram, scheduled.task());
            if (!scheduled.task().isMilestone()) {
                assertEquals(Shape.RECTANGLE, node.shape(), scheduled.task().getName());
                continue;
            }
            assertEquals(Shape.DIAMOND, node.shape(), scheduled.task().getName());
            assertEquals(scale.x(scheduled.earlyFinish()), node.box().centerX(), TOLERANCE);
            String date = DAY.format(scheduled.lastDay());
            assertTrue(node.outsideLabels().stream().anyMatch(l -> l.text().endsWith(date)),
                    scheduled.task().getName() + " shows " + date);
        }
    }

    @Test
    void everyDependencyIsAnArrowFromThePredecessorsEndToTheDependentsStart() {
        ImplementationPlan plan = Example.plan();
        Diagram diagram = draw(plan);
        int pairs = 0;
        for (Stage stage : plan.getTimeline().getStages()) {
            for (Task task : stage.getTasks()) {
                for (Task dependency : task.getDependsOn()) {
                    pairs++;
                    Edge arrow = arrow(diagram, dependency, task);
                    Point first = arrow.points().get(0);
                    Point last = arrow.points().get(arrow.points().size() - 1);
                    assertEquals(extent(diagram, dependency).right(), first.x(), TOLERANCE, arrow.id());
                    assertEquals(node(diagram, dependency).box().centerY(), first.y(), TOLERANCE, arrow.id());
                    assertEquals(extent(diagram, task).x(), last.x(), TOLERANCE, arrow.id());
                    assertEquals(node(diagram, task).box().centerY(), last.y(), TOLERANCE, arrow.id());
                    assertTrue(arrow.arrow());
                    for (int i = 0; i + 1 < arrow.points().size(); i++) {
                        Point a = arrow.points().get(i);
                        Point b = arrow.points().get(i + 1);
                        assertTrue(a.x() == b.x() || a.y() == b.y(), arrow.id() + " runs square");
                    }
                }
            }
        }
        assertTrue(pairs > 50, "the example has many dependencies: " + pairs);
        assertEquals(pairs, diagram.edges().stream().filter(e -> e.source() != null).count());
    }

    @Test
    void criticalDependenciesAreDrawnHeavierThanTheOthers() {
        DiagramInput input = Example.input();
        Diagram diagram = PlanDiagrams.build(DiagramKind.TIMELINE, input).get(0);
        Schedule schedule = input.schedule();
        int critical = 0;
        for (ScheduledTask dependent : schedule.tasks()) {
            for (Task dependency : dependent.task().getDependsOn()) {
                ScheduledTask predecessor = schedule.of(dependency);
                boolean onPath = predecessor.critical() && dependent.critical()
                        && predecessor.earlyFinish().equals(dependent.earlyStart());
                Edge arrow = arrow(diagram, dependency, dependent.task());
                critical += onPath ? 1 : 0;
                assertEquals(onPath, arrow.style().strokeWidth() > 1.5, arrow.id());
                assertEquals(onPath, Palette.VERMILLION.equals(arrow.style().stroke()), arrow.id());
            }
        }
        assertTrue(critical > 0, "the example's critical path runs through a dependency");
    }

    @Test
    void markersStandAtTheirDaysAndSayWhatTheyAre() {
        ImplementationPlan plan = Example.plan();
        DiagramInput input = Example.input(plan);
        Diagram diagram = PlanDiagrams.build(DiagramKind.TIMELINE, input).get(0);
        Scale scale = Scale.of(diagram, input.schedule());
        Edge today = overlay(diagram, "marker-today");
        ScheduledTask running = input.schedule().tasks().stream().filter(t -> t.earlyStart().isBefore(Example.AS_OF)
                && t.earlyFinish().isAfter(Example.AS_OF) && !t.task().isMilestone()).findFirst().orElseThrow();
        Box bar = node(diagram, running.task()).box();
        double x = today.points().get(0).x();
        assertTrue(bar.x() < x && x < bar.right(), "today's line crosses " + running.task().getName());
        assertEquals(scale.x(Example.AS_OF), x, TOLERANCE);
        assertTrue(today.label().text().contains("Apr 30, 2027"), today.label().text());

        Edge firstPeer = overlay(diagram, "marker-first-peer");
        assertEquals(scale.x(plan.getTimeline().getFirstPeerStart()), firstPeer.points().get(0).x(), TOLERANCE);
        assertTrue(firstPeer.label().text().contains("Oct 4, 2027"), firstPeer.label().text());

        QuizResult quiz = new ReadinessScorer(input.catalog()).quiz(plan.getReadiness());
        LocalDate minimum = plan.getTimeline().getPlanStart().plusMonths(quiz.minimumMonths());
        Edge horizon = overlay(diagram, "marker-minimum-horizon");
        assertEquals(scale.x(minimum), horizon.points().get(0).x(), TOLERANCE);
        assertTrue(horizon.label().text().contains("12 months") && horizon.label().text().contains("5–7"),
                horizon.label().text());

        Set<String> dashes = Set.of(today.style().dash() == null ? "" : today.style().dash(),
                firstPeer.style().dash() == null ? "" : firstPeer.style().dash(),
                horizon.style().dash() == null ? "" : horizon.style().dash());
        assertEquals(3, dashes.size(), "each marker has its own dash, for a grey print");
        for (Edge marker : List.of(today, firstPeer, horizon)) {
            double lanesBottom = diagram.nodes().stream().filter(n -> n.id().startsWith("lane-"))
                    .mapToDouble(n -> n.box().bottom()).max().orElseThrow();
            assertEquals(lanesBottom, marker.points().get(1).y(), TOLERANCE, marker.id() + " crosses every lane");
        }
        List<String> legend = diagram.legend().children().stream().flatMap(n -> n.labels().stream())
                .map(Label::text).toList();
        assertTrue(legend.containsAll(List.of("today", "first peer starts")), legend.toString());
    }

    @Test
    @Timeout(30)
    void markersOnOneDayOrPastTheTimelineKeepTheirCaptionsApart() {
        ImplementationPlan plan = Example.plan();
        plan.getTimeline().setFirstPeerStart(plan.getTimeline().getPlanStart().plusMonths(12));
        Diagram diagram = PlanDiagrams.build(DiagramKind.TIMELINE, input(plan, LocalDate.of(2031, 6, 1))).get(0);
        LayoutInvariants.assertClean(diagram);
        assertNoLineCrossesText(diagram);
        assertEquals(overlay(diagram, "marker-first-peer").points().get(0).x(),
                overlay(diagram, "marker-minimum-horizon").points().get(0).x(), TOLERANCE, "the same day");
        Node today = diagram.nodes().stream().filter(n -> n.id().equals("marker-today")).findFirst().orElseThrow();
        assertTrue(today.labels().get(0).text().endsWith("(after the timeline)"), today.labels().get(0).text());
    }

    @Test
    void aTaskThatShouldHaveFinishedIsMarkedOverdue() {
        ImplementationPlan plan = Example.plan();
        ScheduledTask running = Example.input(plan).schedule().tasks().stream()
                .filter(t -> t.task().getStatus() == TaskStatus.IN_PROGRESS && t.earlyFinish().isAfter(Example.AS_OF)
                        && !t.task().isMilestone())
                .findFirst().orElseThrow();
        Node onTime = node(draw(plan), running.task());
        assertTrue(onTime.outsideLabels().stream().noneMatch(l -> l.text().contains("overdue")));
        assertNull(onTime.style().dash());

        Diagram later = PlanDiagrams.build(DiagramKind.TIMELINE, input(plan, running.earlyFinish())).get(0);
        Node late = node(later, running.task());
        assertEquals(Palette.PROBLEM.dash(), late.style().dash(), "a dashed outline");
        assertEquals(Palette.VERMILLION, late.style().stroke());
        assertTrue(late.outsideLabels().stream().anyMatch(l -> l.text().equals("overdue: due "
                + DAY.format(running.lastDay()))), late.outsideLabels().toString());
        LayoutInvariants.assertClean(later);

        ScheduledTask done = Example.input(plan).schedule().tasks().stream()
                .filter(t -> t.task().getStatus() == TaskStatus.DONE && !t.task().isMilestone()).findFirst()
                .orElseThrow();
        assertNull(node(draw(plan), done.task()).style().dash(), "done tasks are never late");
        done.task().setStatus(TaskStatus.IN_PROGRESS);
        assertEquals(Palette.PROBLEM.dash(), node(draw(plan), done.task()).style().dash(),
                "reopened, it is overdue");
    }

    @Test
    void theCurrentBaselineIsABarUnderEachTaskThatStaysWhereItWasWhenTheTaskSlips() {
        ImplementationPlan plan = Example.plan();
        Baseline baseline = Baselines.of(plan, "Board approval", Example.AS_OF);
        plan.getBaselines().add(baseline);
        plan.setCurrentBaseline(baseline);
        Diagram before = draw(plan);
        LayoutInvariants.assertClean(before);
        Task slipping = plan.getTimeline().getStages().get(0).getTasks().stream().filter(t -> !t.isMilestone())
                .findFirst().orElseThrow();
        Node bar = node(before, slipping);
        Node planned = baselineOf(before, slipping);
        assertEquals(bar.box().x(), planned.box().x(), TOLERANCE, "unchanged, the baseline starts with the bar");
        assertEquals(bar.box().right(), planned.box().right(), TOLERANCE, "and ends with it");
        assertTrue(planned.box().y() >= bar.box().bottom(), "under the bar");
        assertTrue(before.description().contains("baseline 'Board approval', set on Apr 30, 2027."),
                before.description());

        slipping.setDurationDays(slipping.getDurationDays() + 10);
        Diagram after = draw(plan);
        assertEquals(planned.box().right(), baselineOf(after, slipping).box().right(), TOLERANCE,
                "the baseline keeps its end");
        assertTrue(node(after, slipping).box().right() > planned.box().right() + 10, "the bar ends later");

        plan.setCurrentBaseline(null);
        assertTrue(draw(plan).allNodes().noneMatch(n -> n.id().endsWith("-baseline")), "no current baseline, no bars");
    }

    private static Node baselineOf(Diagram diagram, Task task) {
        String id = node(diagram, task).id() + "-baseline";
        return diagram.allNodes().filter(n -> n.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(
                "no baseline bar " + id));
    }

    @Test
    void doneTasksAreGreenWithACheckMark() {
        ImplementationPlan plan = Example.plan();
        Diagram diagram = draw(plan);
        Task done = plan.getTimeline().getStages().get(0).getTasks().stream()
                .filter(t -> t.getStatus() == TaskStatus.DONE).findFirst().orElseThrow();
        Node node = node(diagram, done);
        assertEquals(Palette.GOOD, node.style());
        assertEquals("✓ " + done.getName(), node.outsideLabels().get(0).text());
        done.setStatus(TaskStatus.NOT_STARTED);
        done.setStart(LocalDate.of(2027, 12, 1));
        Node reopened = node(draw(plan), done);
        assertNotEquals(Palette.GOOD, reopened.style());
        assertEquals(done.getName(), reopened.outsideLabels().get(0).text());
    }

    @Test
    void aNewPlanWithoutDatesBandOrFirstPeerIsDrawnFromItsStart() {
        LocalDate start = LocalDate.of(2028, 3, 1);
        ImplementationPlan plan = newPlan(start);
        plan.getTimeline().getStages().get(2).getTasks().forEach(t -> removeDependents(plan, t));
        plan.getTimeline().getStages().get(2).getTasks().clear();
        DiagramInput input = input(plan, Example.AS_OF);
        Diagram diagram = PlanDiagrams.build(DiagramKind.TIMELINE, input).get(0);
        LayoutInvariants.assertClean(diagram);
        Scale scale = Scale.of(diagram, input.schedule());
        for (ScheduledTask task : input.schedule().tasks()) {
            assertTrue(extent(diagram, task.task()).x() >= scale.x(start) - TOLERANCE, task.task().getName());
        }
        assertTrue(diagram.overlay().stream().noneMatch(e -> e.id().startsWith("marker-")),
                "today lies ten months before the plan and the plan sets no first peer or band");
        Node today = diagram.nodes().stream().filter(n -> n.id().equals("marker-today")).findFirst().orElseThrow();
        assertTrue(today.labels().get(0).text().contains("before the timeline"), today.labels().get(0).text());
        assertTrue(texts(diagram).contains("no tasks in this stage yet"));
        Drawings.keep(diagram, "timeline-new-plan");
    }

    @Test
    void aTimelineOfYearsNamesQuartersInsteadOfCrowdingTheMonths() {
        ImplementationPlan plan = Example.plan();
        ScheduledTask last = Example.input(plan).schedule().tasks().stream()
                .max(Comparator.comparing(ScheduledTask::earlyFinish)).orElseThrow();
        last.task().setDurationDays(last.task().getDurationDays() + 6 * 365);
        Diagram diagram = draw(plan);
        LayoutInvariants.assertClean(diagram);
        List<String> periods = axisTexts(diagram, "axis-period-");
        assertTrue(periods.contains("Q1") && !periods.contains("Jan"), periods.toString());
        assertTrue(axisTexts(diagram, "axis-year-").containsAll(List.of("2028", "2032")));
        assertTrue(diagram.width() < 1600, "as wide as a shorter plan: " + diagram.width());
        Drawings.keep(diagram, "timeline-years");
    }

    @Test
    void aTimelineOfDaysIsNotStretchedAcrossThePage() {
        LocalDate start = LocalDate.of(2028, 3, 1);
        ImplementationPlan plan = newPlan(start);
        plan.getTimeline().getStages().forEach(s -> s.getTasks().forEach(t -> {
            t.getDependsOn().clear();
            t.setDurationDays(1);
        }));
        Diagram diagram = PlanDiagrams.build(DiagramKind.TIMELINE, input(plan, Example.AS_OF)).get(0);
        LayoutInvariants.assertClean(diagram);
        assertEquals(List.of("Mar"), axisTexts(diagram, "axis-period-"));
        Task task = plan.getTimeline().getStages().get(1).getTasks().get(0);
        assertEquals(12, node(diagram, task).box().width(), TOLERANCE, "a day is at most 12 wide");
        Drawings.keep(diagram, "timeline-days");
    }

    @Test
    void aTimelineWithoutTasksSaysSo() {
        ImplementationPlan plan = newPlan(LocalDate.of(2028, 3, 1));
        plan.getTimeline().getStages().forEach(s -> s.getTasks().clear());
        Diagram diagram = PlanDiagrams.build(DiagramKind.TIMELINE, input(plan, Example.AS_OF)).get(0);
        LayoutInvariants.assertClean(diagram);
        assertTrue(texts(diagram).stream().anyMatch(t -> t.contains("no tasks yet")), texts(diagram).toString());
        assertTrue(diagram.description().contains("no tasks"));
        Drawings.keep(diagram, "timeline-empty");
    }

    @Test
    void aHundredAndFiftyTasksWithLongNamesStayClean() {
        ImplementationPlan plan = Example.plan();
        List<Stage> stages = plan.getTimeline().getStages();
        stages.get(0).setName(stages.get(0).getName() + ": the board, the executive team, the managers and every"
                + " program's staff, with a name long enough to wrap");
        List<Task> originals = stages.stream().flatMap(s -> s.getTasks().stream()).toList();
        for (int i = 0; originals.size() + i < 150; i++) {
            Task original = originals.get(i * 7 % originals.size());
            Task copy = EcoreUtil.copy(original);
            copy.setName(original.getName() + ", repeated for a second program with a name long enough to wrap"
                    + " over several lines of the name column, and a word like Supercalifragilisticexpialidocious"
                    + "PeerSupportWorkforce");
            ((Stage) original.eContainer()).getTasks().add(copy);
        }
        Diagram diagram = draw(plan);
        LayoutInvariants.assertClean(diagram);
        assertNoLineCrossesText(diagram);
        assertEquals(150 + stages.size(), diagram.allNodes().map(Node::ref).filter(Objects::nonNull).distinct()
                .count());
        Drawings.keep(diagram, "timeline-150-tasks");
    }

    /** Converts days to x the way the chart does, read off the longest bar. */
    private record Scale(LocalDate start, double x, double pixelsPerDay) {

        static Scale of(Diagram diagram, Schedule schedule) {
            ScheduledTask longest = schedule.tasks().stream().filter(t -> !t.task().isMilestone())
                    .max(Comparator.comparing(t -> ChronoUnit.DAYS.between(t.earlyStart(), t.earlyFinish())))
                    .orElseThrow();
            Box bar = node(diagram, longest.task()).box();
            return new Scale(longest.earlyStart(), bar.x(),
                    bar.width() / ChronoUnit.DAYS.between(longest.earlyStart(), longest.earlyFinish()));
        }

        double x(LocalDate day) {
            return x + ChronoUnit.DAYS.between(start, day) * pixelsPerDay;
        }
    }

    private static Diagram draw(ImplementationPlan plan) {
        return PlanDiagrams.build(DiagramKind.TIMELINE, Example.input(plan)).get(0);
    }

    private static DiagramInput input(ImplementationPlan plan, LocalDate asOf) {
        try {
            return DiagramInput.of(plan, asOf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImplementationPlan newPlan(LocalDate start) {
        try {
            ResourceSet resources = PlanStore.newResourceSet();
            ImplementationPlan plan = new NewPlanFactory(ToolkitCatalog.in(resources))
                    .create("Hillside Recovery Services", "OR", start);
            resources.createResource(URI.createURI("memory:/hillside.peerplan")).getContents().add(plan);
            return plan;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void removeDependents(ImplementationPlan plan, Task removed) {
        plan.getTimeline().getStages().forEach(s -> s.getTasks().forEach(t -> t.getDependsOn().remove(removed)));
    }

    private static Node node(Diagram diagram, EObject element) {
        String ref = DiagramInput.ref(element);
        return diagram.allNodes().filter(n -> ref.equals(n.ref())).findFirst().orElseThrow(() -> new AssertionError(
                "no node shows " + ref));
    }

    /** Where a task is drawn: its bar, or a milestone's days and diamond. */
    private static Box extent(Diagram diagram, Task task) {
        Node node = node(diagram, task);
        return diagram.allNodes().filter(n -> n.id().equals(node.id() + "-work")).findFirst()
                .map(work -> work.box().union(node.box())).orElse(node.box());
    }

    private static Edge arrow(Diagram diagram, Task from, Task to) {
        Node source = node(diagram, from);
        Node target = node(diagram, to);
        List<Edge> arrows = diagram.edges().stream().filter(e -> e.source() == source && e.target() == target)
                .toList();
        assertEquals(1, arrows.size(), "one arrow from " + from.getName() + " to " + to.getName());
        return arrows.get(0);
    }

    private static Edge overlay(Diagram diagram, String id) {
        return diagram.overlay().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError("no line " + id));
    }

    /** Arrows and marker lines pass no name, date or caption (a line's own caption sits beside it). */
    private static void assertNoLineCrossesText(Diagram diagram) {
        List<Label> texts = diagram.allNodes().flatMap(n -> Stream.concat(n.labels().stream(),
                n.outsideLabels().stream())).collect(Collectors.toList());
        diagram.overlay().stream().map(Edge::label).filter(Objects::nonNull).forEach(texts::add);
        List<Edge> lines = new ArrayList<>(diagram.edges().stream().filter(e -> e.source() != null).toList());
        lines.addAll(diagram.overlay());
        for (Edge line : lines) {
            for (int i = 0; i + 1 < line.points().size(); i++) {
                Point a = line.points().get(i);
                Point b = line.points().get(i + 1);
                Box segment = new Box(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()),
                        Math.abs(a.y() - b.y()));
                for (Label text : texts) {
                    Box box = text.box();
                    boolean crosses = segment.x() < box.right() && box.x() < segment.right()
                            && segment.y() < box.bottom() && box.y() < segment.bottom();
                    assertFalse(crosses && text != line.label(), line.id() + " crosses '" + text.text() + "'");
                }
            }
        }
    }

    private static List<String> axisTexts(Diagram diagram, String prefix) {
        return diagram.nodes().stream().filter(n -> n.id().startsWith(prefix)).flatMap(n -> n.labels().stream())
                .map(Label::text).toList();
    }

    private static List<String> texts(Diagram diagram) {
        return diagram.allNodes().flatMap(n -> n.labels().stream()).map(Label::text).collect(Collectors.toList());
    }
}
