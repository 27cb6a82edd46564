package org.peerplan.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.peerplan.diagram.Box;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.diagram.Edge;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.Palette;
import org.peerplan.diagram.Point;
import org.peerplan.diagram.Style;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.diagram.plan.PlanDiagrams;
import org.peerplan.model.Action;
import org.peerplan.model.Cause;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.Stage;
import org.peerplan.model.Task;

class TraceabilityDiagramTest {

    private static final List<String> HEADINGS = List.of("Causes", "Actions", "Tasks", "Stages");

    @Test
    void everyCauseActionReachedTaskAndStageAppearsOnceAndTheLayoutIsClean() {
        ImplementationPlan plan = Example.plan();
        Diagram diagram = draw(plan);
        assertCompleteAndKept(plan, diagram, diagram.name());
        assertLinesPassNoBox(diagram);
        assertTrue(diagram.width() <= 1600, "fits a landscape page: " + diagram.width());
        assertTrue(diagram.description().contains(causes(plan).size() + " causes"), diagram.description());
    }

    @Test
    void theColumnsRunLeftToRightUnderTheirHeadings() {
        ImplementationPlan plan = Example.plan();
        Diagram diagram = draw(plan);
        List<List<Node>> columns = assertColumnsInOrder(plan, diagram);
        for (int k = 0; k < columns.size(); k++) {
            Node heading = heading(diagram, HEADINGS.get(k));
            for (Node node : columns.get(k)) {
                assertTrue(heading.box().bottom() < node.box().y(), HEADINGS.get(k) + " is above " + node);
                assertTrue(heading.box().centerX() > node.box().x() && heading.box().centerX() < node.box().right(),
                        HEADINGS.get(k) + " is over " + node);
            }
        }
    }

    @Test
    void theStagesReadMostlyInTimelineOrderFromTheTop() {
        ImplementationPlan plan = Example.plan();
        Diagram diagram = draw(plan);
        List<Node> stages = plan.getTimeline().getStages().stream().map(DiagramInput::ref)
                .flatMap(ref -> diagram.nodes().stream().filter(n -> ref.equals(n.ref()))).toList();
        int inOrder = 0;
        int reversed = 0;
        for (int i = 0; i < stages.size(); i++) {
            for (int j = i + 1; j < stages.size(); j++) {
                if (stages.get(i).box().y() < stages.get(j).box().y()) {
                    inOrder++;
                } else {
                    reversed++;
                }
            }
        }
        assertTrue(inOrder > reversed, inOrder + " pairs of stages in timeline order, " + reversed + " reversed");
    }

    @Test
    void everyLinkIsOneEdgeFromAColumnToTheNext() {
        ImplementationPlan plan = Example.plan();
        Diagram diagram = draw(plan);
        Map<String, Integer> column = new HashMap<>();
        List<List<Node>> columns = columns(plan, diagram);
        for (int k = 0; k < columns.size(); k++) {
            for (Node node : columns.get(k)) {
                column.put(node.ref(), k);
            }
        }
        for (Edge edge : diagram.edges()) {
            assertEquals(column.get(edge.source().ref()) + 1, column.get(edge.target().ref()),
                    edge.id() + " joins neighbouring columns");
        }
        List<String> drawn = diagram.edges().stream().map(e -> e.source().ref() + " -> " + e.target().ref()).toList();
        assertEquals(links(plan), new LinkedHashSet<>(drawn));
        assertEquals(drawn.size(), Set.copyOf(drawn).size(), "one edge per linked pair");
        // The example links action-04 to cause-env-1 both ways: the action addresses it and an intervention lists it.
        Action charter = element(plan, "action-04", Action.class);
        Cause workload = element(plan, "cause-env-1", Cause.class);
        assertTrue(charter.getAddresses().contains(workload) && workload.getInterventions().stream()
                .anyMatch(i -> i.getActions().contains(charter)), "the example links the pair twice");
        assertEquals(1, drawn.stream().filter(("cause-env-1 -> action-04")::equals).count());
    }

    @Test
    void anActionAddressingNoCauseAndTheCauseLeftWithoutActionAreOrphans() {
        ImplementationPlan plan = Example.plan();
        Action crisis = element(plan, "action-21", Action.class);
        Cause procedures = element(plan, "cause-proc-3", Cause.class);
        assertClear(node(draw(plan), crisis), "addresses no cause");
        assertClear(node(draw(plan), procedures), "no action");

        // action-21 is the only action for cause-proc-3, linked both by the action and by the cause's intervention:
        // either link alone is enough.
        crisis.getAddresses().clear();
        Diagram throughIntervention = draw(plan);
        assertClear(node(throughIntervention, crisis), "addresses no cause");
        assertClear(node(throughIntervention, procedures), "no action");
        assertTrue(throughIntervention.edges().stream()
                .anyMatch(e -> e.source() == node(throughIntervention, procedures)
                        && e.target() == node(throughIntervention, crisis)), "the intervention's link is drawn");

        procedures.getInterventions().forEach(i -> i.getActions().remove(crisis));
        Diagram diagram = draw(plan);
        assertMarked(node(diagram, crisis), Palette.PROBLEM, "addresses no cause");
        assertMarked(node(diagram, procedures), Palette.PROBLEM, "no action");
        assertCompleteAndKept(plan, diagram, "traceability-orphans");
    }

    @Test
    void linkingAnOrphanClearsItsMark() {
        ImplementationPlan plan = Example.plan();
        // The example's deliberate flaw F4: a cause with neither intervention nor action.
        Cause replacement = element(plan, "cause-ppl-2", Cause.class);
        assertMarked(node(draw(plan), replacement), Palette.PROBLEM, "no action");
        Action lonely = PeerPlanFactory.eINSTANCE.createAction();
        lonely.setTitle("Put in writing that the peer positions are new, separate funding");
        lonely.getTasks().add(element(plan, "task-s1-t6", Task.class));
        plan.getActions().add(lonely);
        Diagram before = draw(plan);
        assertMarked(node(before, lonely), Palette.PROBLEM, "addresses no cause");

        lonely.getAddresses().add(replacement);
        Diagram after = draw(plan);
        assertClear(node(after, lonely), "addresses no cause");
        assertClear(node(after, replacement), "no action");
        assertEquals(Palette.NORMAL, node(after, lonely).style());
    }

    @Test
    void anActionWithoutTasksIsAGapNotAnOrphan() {
        ImplementationPlan plan = Example.plan();
        Action ladder = element(plan, "action-15", Action.class);
        Task ladderTask = element(plan, "task-pay-3", Task.class);
        ladder.getTasks().clear();
        assertTrue(plan.getActions().stream().noneMatch(a -> a.getTasks().contains(ladderTask)),
                "only action-15 leads to task-pay-3");
        Diagram diagram = draw(plan);
        assertMarked(node(diagram, ladder), Palette.CAUTION, "no tasks yet");
        assertFalse(text(node(diagram, ladder)).contains("addresses no cause"));
        assertTrue(diagram.nodes().stream().noneMatch(n -> DiagramInput.ref(ladderTask).equals(n.ref())),
                "a task no action names is left to the timeline");
        assertCompleteAndKept(plan, diagram, "traceability-without-tasks");
    }

    @Test
    void aCauseDeletedFromItsAnalysisIsNotDrawnThoughAnActionStillNamesIt() {
        ImplementationPlan plan = Example.plan();
        Action action = plan.getActions().stream().filter(a -> !a.getAddresses().isEmpty()).findFirst().orElseThrow();
        Cause deleted = action.getAddresses().get(0);
        String ref = DiagramInput.ref(deleted);
        EcoreUtil.remove(deleted);
        Diagram diagram = draw(plan);
        LayoutInvariants.assertClean(diagram);
        assertTrue(diagram.allNodes().noneMatch(n -> ref.equals(n.ref())), "the deleted cause is gone");
        assertTrue(diagram.edges().stream().allMatch(e -> e.source() != null && e.target() != null));
    }

    @Test
    void aPlanWithoutAnalysesOrActionsGivesAFramedEmptyDiagram() {
        ImplementationPlan plan = Example.plan();
        plan.getActions().clear();
        plan.getRootCauseAnalyses().clear();
        Diagram diagram = draw(plan);
        LayoutInvariants.assertClean(diagram);
        assertTrue(diagram.nodes().isEmpty(), diagram.nodes().toString());
        assertTrue(diagram.description().startsWith("How the 0 causes"), diagram.description());
    }

    @Test
    void fortyActionsOfThreeTasksWithLongTitlesStayClean() {
        ImplementationPlan plan = Example.plan();
        List<Cause> causes = causes(plan);
        List<Stage> stages = plan.getTimeline().getStages();
        for (int i = 0; i < 40; i++) {
            Action action = PeerPlanFactory.eINSTANCE.createAction();
            action.setTitle("Additional action " + i + " with a deliberately long title that must wrap onto several "
                    + "lines, naming the programs, the people and the policies it concerns in full");
            action.getAddresses().add(causes.get(i % causes.size()));
            for (int t = 0; t < 3; t++) {
                Task task = PeerPlanFactory.eINSTANCE.createTask();
                task.setName("Task " + t + " of additional action " + i
                        + ", a long task name of the kind consultants write when they mean to be thorough");
                task.setDurationDays(5 + t);
                stages.get((i + t) % stages.size()).getTasks().add(task);
                action.getTasks().add(task);
            }
            plan.getActions().add(action);
        }
        Diagram diagram = draw(plan);
        assertCompleteAndKept(plan, diagram, "traceability-stressed");
        assertLinesPassNoBox(diagram);
        assertColumnsInOrder(plan, diagram);
    }

    /** The layout is clean, each element is drawn once, and the drawing is kept under {@code stem} to be looked at. */
    private static void assertCompleteAndKept(ImplementationPlan plan, Diagram diagram, String stem) {
        LayoutInvariants.assertClean(diagram);
        assertDrawsEachElementOnce(plan, diagram);
        Drawings.keep(diagram, stem);
    }

    private static void assertDrawsEachElementOnce(ImplementationPlan plan, Diagram diagram) {
        List<EObject> expected = new ArrayList<>(causes(plan));
        expected.addAll(plan.getActions());
        Set<Task> tasks = plan.getActions().stream().flatMap(a -> a.getTasks().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        expected.addAll(tasks);
        expected.addAll(tasks.stream().map(t -> (Stage) t.eContainer()).distinct().toList());
        List<String> drawn = diagram.nodes().stream().map(Node::ref).filter(r -> r != null).sorted().toList();
        assertEquals(expected.stream().map(DiagramInput::ref).sorted().toList(), drawn, "each element exactly once");
    }

    /** Every node of a column lies left of every node of the next; returns the columns' nodes. */
    private static List<List<Node>> assertColumnsInOrder(ImplementationPlan plan, Diagram diagram) {
        List<List<Node>> columns = columns(plan, diagram);
        for (int k = 0; k + 1 < columns.size(); k++) {
            double right = columns.get(k).stream().mapToDouble(n -> n.box().right()).max().orElseThrow();
            double left = columns.get(k + 1).stream().mapToDouble(n -> n.box().x()).min().orElseThrow();
            assertTrue(right < left, HEADINGS.get(k) + " should end (at " + right + ") before " + HEADINGS.get(k + 1)
                    + " begin (at " + left + ")");
        }
        return columns;
    }

    /** A line that ran through a box it does not join would look as if it ended there. */
    private static void assertLinesPassNoBox(Diagram diagram) {
        for (Edge edge : diagram.edges()) {
            for (Node node : diagram.nodes()) {
                if (node == edge.source() || node == edge.target()) {
                    continue;
                }
                Box inside = node.box().grow(-1);
                for (int i = 0; i + 1 < edge.points().size(); i++) {
                    Point from = edge.points().get(i);
                    Point to = edge.points().get(i + 1);
                    Box span = new Box(Math.min(from.x(), to.x()), Math.min(from.y(), to.y()),
                            Math.abs(to.x() - from.x()), Math.abs(to.y() - from.y()));
                    if (!span.grow(1).overlaps(inside)) {
                        continue;
                    }
                    int steps = (int) Math.ceil(Math.hypot(to.x() - from.x(), to.y() - from.y()));
                    for (int s = 0; s <= steps; s++) {
                        double t = steps == 0 ? 0 : (double) s / steps;
                        Point p = new Point(from.x() + t * (to.x() - from.x()), from.y() + t * (to.y() - from.y()));
                        assertFalse(inside.contains(p), edge.id() + " runs through " + node + " at " + p);
                    }
                }
            }
        }
    }

    private static void assertMarked(Node node, Style style, String mark) {
        assertEquals(style, node.style(), node + " is drawn in its style");
        assertTrue(text(node).contains(mark), node + " says '" + mark + "': " + text(node));
    }

    private static void assertClear(Node node, String mark) {
        assertFalse(node.style().equals(Palette.PROBLEM), node + " is not marked");
        assertFalse(text(node).contains(mark), node + " does not say '" + mark + "'");
    }

    private static String text(Node node) {
        return node.labels().stream().map(Label::text).collect(Collectors.joining("\n"));
    }

    /** The pairs the plan links: cause to action (either way of saying so), action to task, task to stage. */
    private static Set<String> links(ImplementationPlan plan) {
        Set<String> links = new LinkedHashSet<>();
        for (Cause cause : causes(plan)) {
            plan.getActions().stream().filter(a -> a.getAddresses().contains(cause))
                    .forEach(a -> links.add(pair(cause, a)));
            cause.getInterventions().forEach(i -> i.getActions().forEach(a -> links.add(pair(cause, a))));
        }
        for (Action action : plan.getActions()) {
            action.getTasks().forEach(task -> {
                links.add(pair(action, task));
                links.add(pair(task, task.eContainer()));
            });
        }
        return links;
    }

    private static String pair(EObject source, EObject target) {
        return DiagramInput.ref(source) + " -> " + DiagramInput.ref(target);
    }

    /** The drawn nodes of each column, by the kind of plan element they show. */
    private static List<List<Node>> columns(ImplementationPlan plan, Diagram diagram) {
        List<Class<?>> kinds = List.of(Cause.class, Action.class, Task.class, Stage.class);
        List<List<Node>> columns = new ArrayList<>();
        for (Class<?> kind : kinds) {
            columns.add(diagram.nodes().stream().filter(n -> n.ref() != null)
                    .filter(n -> kind.isInstance(plan.eResource().getEObject(n.ref()))).toList());
        }
        return columns;
    }

    private static Node heading(Diagram diagram, String text) {
        return diagram.nodes().stream().filter(n -> n.ref() == null)
                .filter(n -> n.labels().stream().anyMatch(l -> l.text().equals(text))).findFirst().orElseThrow();
    }

    private static List<Cause> causes(ImplementationPlan plan) {
        Function<Cause, Stream<Cause>> withSubCauses = new Function<>() {
            @Override
            public Stream<Cause> apply(Cause cause) {
                return Stream.concat(Stream.of(cause), cause.getSubCauses().stream().flatMap(this));
            }
        };
        return plan.getRootCauseAnalyses().stream().flatMap(a -> a.getCauses().stream()).flatMap(withSubCauses)
                .toList();
    }

    private static <T extends EObject> T element(ImplementationPlan plan, String id, Class<T> type) {
        return type.cast(plan.eResource().getEObject(id));
    }

    private static Node node(Diagram diagram, EObject element) {
        return diagram.nodes().stream().filter(n -> DiagramInput.ref(element).equals(n.ref())).findFirst()
                .orElseThrow(() -> new AssertionError(DiagramInput.ref(element) + " is not drawn"));
    }

    private static Diagram draw(ImplementationPlan plan) {
        return PlanDiagrams.build(DiagramKind.TRACEABILITY, Example.input(plan)).get(0);
    }
}
