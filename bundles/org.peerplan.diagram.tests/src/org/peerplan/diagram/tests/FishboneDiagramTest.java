package org.peerplan.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.peerplan.diagram.Box;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.diagram.Edge;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.Palette;
import org.peerplan.diagram.Point;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.diagram.plan.PlanDiagrams;
import org.peerplan.model.Cause;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Intervention;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.RootCauseAnalysis;
import org.peerplan.model.RootCauseCategory;
import org.peerplan.model.Why;

class FishboneDiagramTest {

    private static final List<String> BONES = List.of("Environment", "People", "Policies", "Processes & Procedures");
    private static final String NO_INTERVENTION = "no intervention";
    private static final String LONG_TEXT = "Staff across every program describe this cause at length, with examples "
            + "from several shifts, listening sessions and the policy review, which makes its description long";

    @Test
    void eachExampleAnalysisIsDrawnCleanlyWithEveryCauseAndWhyOnce() {
        ImplementationPlan plan = Example.plan();
        List<Diagram> diagrams = draw(plan);
        assertEquals(plan.getRootCauseAnalyses().size(), diagrams.size());
        assertEquals(3, diagrams.size(), "the example has three analyses");
        for (int i = 0; i < diagrams.size(); i++) {
            RootCauseAnalysis analysis = plan.getRootCauseAnalyses().get(i);
            Diagram diagram = diagrams.get(i);
            LayoutInvariants.assertClean(diagram);
            assertNoLineCrossesText(diagram);
            assertEachDrawnOnce(diagram, analysis);
            assertTrue(diagram.title().contains(analysis.getTitle()), diagram.title());
            Node head = head(diagram);
            assertEquals(DiagramInput.ref(analysis), head.ref());
            assertEquals(spineY(diagram), head.box().centerY(), 0.01, "the head sits on the spine");
            assertTrue(diagram.nodes().stream().filter(n -> n != head).allMatch(n -> n.box().right() < head.box().x()),
                    "the head is at the spine's right end");
            assertFalse(diagram.description().isBlank());
            Drawings.keep(diagram);
        }
    }

    @Test
    void diagramsFollowThePlanOrderUnderDistinctNames() {
        ImplementationPlan plan = Example.plan();
        RootCauseAnalysis extra = PeerPlanFactory.eINSTANCE.createRootCauseAnalysis();
        extra.setChallenge("Peers are unsure whom to call after hours");
        plan.getRootCauseAnalyses().add(1, extra);
        List<Diagram> diagrams = draw(plan);
        assertEquals(List.of("fishbone-1", "fishbone-2", "fishbone-3", "fishbone-4"),
                diagrams.stream().map(Diagram::name).toList());
        assertTrue(diagrams.get(1).title().contains(extra.getChallenge()), "an untitled analysis is named by its "
                + "challenge: " + diagrams.get(1).title());
        assertTrue(diagrams.get(2).title().contains(plan.getRootCauseAnalyses().get(2).getTitle()));
        assertEquals(DiagramInput.ref(extra), head(diagrams.get(1)).ref());
    }

    @Test
    void allFourBonesAreDrawnWhenEveryCauseIsInOneCategory() {
        ImplementationPlan plan = Example.plan();
        RootCauseAnalysis analysis = plan.getRootCauseAnalyses().get(0);
        analysis.getCauses().forEach(c -> c.setCategory(RootCauseCategory.PEOPLE));
        Diagram diagram = draw(plan).get(0);
        LayoutInvariants.assertClean(diagram);
        assertNoLineCrossesText(diagram);
        for (String bone : BONES) {
            assertEquals(1, nodesWithText(diagram, bone).size(), bone + " has its label box");
        }
        assertEquals(3, nodesWithText(diagram, "no causes recorded").size(), "the three empty bones say so");
        assertEachDrawnOnce(diagram, analysis);
        List<String> labelTexts = nodesWithText(diagram, "People").get(0).labels().stream().map(Label::text).toList();
        long causes = analysis.getCauses().stream().flatMap(FishboneDiagramTest::withSubCauses).count();
        assertTrue(labelTexts.contains(causes + " causes · 1 without intervention"), labelTexts.toString());
    }

    @Test
    void aCauseWithoutInterventionIsMarkedAndOneWithInterventionsIsNot() {
        ImplementationPlan plan = Example.plan();
        Cause feared = cause(plan, "Some clinicians fear peer staff will replace counselor positions");
        Cause unfamiliar = cause(plan, "Most clinicians have never worked alongside openly identified peer staff");
        Diagram before = draw(plan).get(0);
        assertMarked(node(before, feared), true);
        assertMarked(node(before, unfamiliar), false);
        assertTrue(texts(node(before, unfamiliar)).contains("2 interventions"), texts(node(before, unfamiliar)).toString());

        unfamiliar.getInterventions().clear();
        Intervention reassurance = PeerPlanFactory.eINSTANCE.createIntervention();
        reassurance.setDescription("State in writing that the peer positions are new, separately funded positions.");
        feared.getInterventions().add(reassurance);
        Diagram after = draw(plan).get(0);
        assertMarked(node(after, feared), false);
        assertTrue(texts(node(after, feared)).contains("1 intervention"), texts(node(after, feared)).toString());
        assertMarked(node(after, unfamiliar), true);
        LayoutInvariants.assertClean(after);
    }

    @Test
    void aCrowdedBoneWithLongTextDeepSubCausesAndWhysStaysClean() {
        ImplementationPlan plan = Example.plan();
        RootCauseAnalysis analysis = PeerPlanFactory.eINSTANCE.createRootCauseAnalysis();
        analysis.setTitle("Many causes in one category: " + LONG_TEXT);
        analysis.setCurrentSituation(LONG_TEXT + ". " + LONG_TEXT + ".");
        for (int i = 1; i <= 12; i++) {
            Cause cause = stressCause("Cause " + i + ": " + LONG_TEXT, RootCauseCategory.POLICIES, i % 3 != 0);
            Cause sub = stressCause("Sub-cause of " + i + ": " + LONG_TEXT, RootCauseCategory.POLICIES, i % 2 == 0);
            sub.getSubCauses().add(stressCause("Sub-sub-cause of " + i + ": " + LONG_TEXT, RootCauseCategory.POLICIES,
                    i % 4 == 0));
            cause.getSubCauses().add(sub);
            analysis.getCauses().add(cause);
        }
        analysis.getCauses().add(stressCause("A single environment cause", RootCauseCategory.ENVIRONMENT, true));
        plan.getRootCauseAnalyses().add(analysis);
        Diagram diagram = draw(plan).get(3);
        LayoutInvariants.assertClean(diagram);
        assertNoLineCrossesText(diagram);
        assertEachDrawnOnce(diagram, analysis);
        double spine = spineY(diagram);
        for (Cause cause : analysis.getCauses()) {
            boolean above = cause.getCategory() == RootCauseCategory.ENVIRONMENT;
            Box box = node(diagram, cause).box();
            assertEquals(above, box.bottom() < spine, cause.getDescription() + " lies on its side of the spine");
        }
        Box policies = nodesWithText(diagram, "Policies").get(0).box();
        Box environment = nodesWithText(diagram, "Environment").get(0).box();
        assertTrue(policies.y() - spine > 3 * (spine - environment.bottom()),
                "the crowded bone below grows downwards, far longer than the bones above");
        Drawings.keep(diagram);
    }

    private static Cause stressCause(String description, RootCauseCategory category, boolean withIntervention) {
        Cause cause = PeerPlanFactory.eINSTANCE.createCause();
        cause.setDescription(description);
        cause.setCategory(category);
        for (int w = 1; w <= 3; w++) {
            Why why = PeerPlanFactory.eINSTANCE.createWhy();
            why.setText("Because of reason " + w + ", which also takes a good many words to explain to the board");
            cause.getWhys().add(why);
        }
        if (withIntervention) {
            Intervention intervention = PeerPlanFactory.eINSTANCE.createIntervention();
            intervention.setDescription("Do something about it");
            cause.getInterventions().add(intervention);
        }
        return cause;
    }

    /** The head, every cause (sub-causes too) and every why appear exactly once, and nothing else has a ref. */
    private static void assertEachDrawnOnce(Diagram diagram, RootCauseAnalysis analysis) {
        List<EObject> expected = new ArrayList<>();
        expected.add(analysis);
        analysis.getCauses().stream().flatMap(FishboneDiagramTest::withSubCauses).forEach(cause -> {
            expected.add(cause);
            expected.addAll(cause.getWhys());
        });
        List<String> drawn = new ArrayList<>(diagram.allNodes().map(Node::ref).filter(r -> r != null).toList());
        List<String> wanted = new ArrayList<>(expected.stream().map(DiagramInput::ref).toList());
        Collections.sort(drawn);
        Collections.sort(wanted);
        assertEquals(wanted, drawn, diagram.name() + " draws each element once");
    }

    /** No bone, twig or rail runs through a box or a text; a line may end on a box's outline. */
    private static void assertNoLineCrossesText(Diagram diagram) {
        List<String> problems = new ArrayList<>();
        List<Node> nodes = diagram.allNodes().filter(n -> n.children().isEmpty()).toList();
        for (Edge line : diagram.allLines().toList()) {
            for (int i = 1; i < line.points().size(); i++) {
                Point from = line.points().get(i - 1);
                Point to = line.points().get(i);
                for (Node node : nodes) {
                    if (crosses(from, to, node.box().grow(-1))) {
                        problems.add(line.id() + " crosses " + node);
                    }
                }
            }
        }
        assertEquals(List.of(), problems, diagram.name());
    }

    /** Whether the segment enters the box (Liang–Barsky clipping). */
    private static boolean crosses(Point from, Point to, Box box) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double[] p = { -dx, dx, -dy, dy };
        double[] q = { from.x() - box.x(), box.right() - from.x(), from.y() - box.y(), box.bottom() - from.y() };
        double enter = 0;
        double exit = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else if (p[i] < 0) {
                enter = Math.max(enter, q[i] / p[i]);
            } else {
                exit = Math.min(exit, q[i] / p[i]);
            }
        }
        return enter < exit;
    }

    private static void assertMarked(Node node, boolean marked) {
        assertEquals(marked, node.style() == Palette.PROBLEM, node + " style");
        assertEquals(marked, texts(node).stream().anyMatch(t -> t.contains(NO_INTERVENTION)), texts(node).toString());
    }

    private static double spineY(Diagram diagram) {
        return diagram.underlay().stream().filter(e -> e.id().equals("spine")).findFirst().orElseThrow().points()
                .get(0).y();
    }

    private static Node head(Diagram diagram) {
        return nodesWithText(diagram, "Current situation").get(0);
    }

    private static List<Node> nodesWithText(Diagram diagram, String text) {
        return diagram.nodes().stream().filter(n -> texts(n).contains(text)).toList();
    }

    private static List<String> texts(Node node) {
        return node.labels().stream().map(Label::text).toList();
    }

    private static Node node(Diagram diagram, EObject element) {
        return diagram.nodes().stream().filter(n -> DiagramInput.ref(element).equals(n.ref())).findFirst()
                .orElseThrow(() -> new AssertionError("no node for " + element));
    }

    private static Cause cause(ImplementationPlan plan, String description) {
        return plan.getRootCauseAnalyses().stream().flatMap(a -> a.getCauses().stream())
                .flatMap(FishboneDiagramTest::withSubCauses).filter(c -> description.equals(c.getDescription()))
                .findFirst().orElseThrow();
    }

    private static Stream<Cause> withSubCauses(Cause cause) {
        return Stream.concat(Stream.of(cause), cause.getSubCauses().stream().flatMap(FishboneDiagramTest::withSubCauses));
    }

    private static List<Diagram> draw(ImplementationPlan plan) {
        return PlanDiagrams.build(DiagramKind.FISHBONE, Example.input(plan));
    }
}
