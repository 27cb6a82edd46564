package org.peerplan.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.peerplan.core.readiness.QuizResult;
import org.peerplan.core.readiness.ReadinessScorer;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.Palette;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.diagram.plan.PlanDiagrams;
import org.peerplan.model.CompetencyAssessment;
import org.peerplan.model.CompetencyRating;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.Person;
import org.peerplan.model.QuizAnswer;
import org.peerplan.model.QuizAnswerValue;
import org.peerplan.model.ReadinessAssessment;
import org.peerplan.model.Respondent;
import org.peerplan.model.catalog.Catalog;

class ReadinessDiagramTest {

    @Test
    void everyItemRespondentAnswerAndCompetencyAppearsOnceAndTheLayoutIsClean() {
        ImplementationPlan plan = Example.plan();
        DiagramInput input = Example.input(plan);
        Diagram diagram = draw(input);
        LayoutInvariants.assertClean(diagram);
        Catalog catalog = input.catalog();
        Map<String, Long> ids = diagram.allNodes().collect(Collectors.groupingBy(Node::id, Collectors.counting()));
        catalog.getQuizItems().forEach(item -> assertEquals(1L, ids.get("quiz-" + item.getCode()), item.getCode()));
        assertEquals(catalog.getQuizItems().size(), rows(diagram, "quiz-TQ-\\d+").size(), "one row per quiz item");
        assertEquals(11, rows(diagram, "competency-COMP-\\d+").size(), "one row per agency competency");
        ReadinessAssessment readiness = plan.getReadiness();
        List<EObject> linked = Stream.of(readiness.getRespondents().stream(),
                readiness.getRespondents().stream().flatMap(r -> r.getAnswers().stream()),
                readiness.getCompetencies().stream()).flatMap(Function.identity()).map(EObject.class::cast).toList();
        Map<String, Long> refs = diagram.allNodes().map(Node::ref).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        for (EObject element : linked) {
            assertEquals(1L, refs.get(DiagramInput.ref(element)), "drawn once: " + DiagramInput.ref(element));
        }
        assertEquals(linked.size(), refs.size(), "nothing else links to the plan: " + refs.keySet());
        assertTrue(diagram.description().contains("6 of 10 True"), diagram.description());
        assertTrue(diagram.width() <= 1600, "fits a page: " + diagram.width());
        Drawings.keep(diagram);
    }

    @Test
    void theOrganizationsMarkerSitsInTheSegmentOfItsBand() {
        ImplementationPlan plan = Example.plan();
        assertMarkedBand(plan, "BAND-B", "6 of 10 True");
        answerEverything(plan, QuizAnswerValue.TRUE);
        assertMarkedBand(plan, "BAND-A", "10 of 10 True");
        answerEverything(plan, QuizAnswerValue.FALSE);
        Diagram diagram = assertMarkedBand(plan, "BAND-C", "0 of 10 True");
        assertTrue(text(node(diagram, "band-result")).contains("PeerPlan's inference"),
                "the early-stage band's minimum is the catalog's inference, and says so");
    }

    private static Diagram assertMarkedBand(ImplementationPlan plan, String expectedBand, String expectedCount) {
        DiagramInput input = Example.input(plan);
        QuizResult quiz = new ReadinessScorer(input.catalog()).quiz(plan.getReadiness());
        assertEquals(expectedBand, quiz.band().getCode(), "the scorer's band");
        Diagram diagram = draw(input);
        Node marker = node(diagram, "band-organization");
        Node segment = node(diagram, "band-" + expectedBand);
        assertTrue(segment.box().x() < marker.box().centerX() && marker.box().centerX() < segment.box().right(),
                "the marker " + marker.box() + " points into " + segment.box());
        assertTrue(marker.box().bottom() <= segment.box().y(), "above the segment");
        List<Node> highlighted = diagram.allNodes().filter(n -> n.id().startsWith("band-BAND-"))
                .filter(n -> n.style().strokeWidth() > Palette.CONTAINER.strokeWidth() * 2).toList();
        assertEquals(List.of(segment), highlighted, "only the organization's band stands out");
        assertTrue(text(node(diagram, "band-result")).startsWith(expectedCount + " → band “" + quiz.band().getName()),
                text(node(diagram, "band-result")));
        LayoutInvariants.assertClean(diagram);
        return diagram;
    }

    @Test
    void aDisputedItemIsMarkedAndAnAgreedOneIsNot() {
        ImplementationPlan plan = Example.plan();
        Diagram before = draw(plan);
        assertNotEquals(Palette.CAUTION, node(before, "quiz-TQ-1").style(), "every respondent says TQ-1 is True");
        assertEquals("3 of 3 agree", text(node(before, "quiz-TQ-1-agreement")));
        assertEquals(Palette.CAUTION, node(before, "quiz-TQ-2").style(), "the example's respondents split on TQ-2");
        assertTrue(text(node(before, "quiz-TQ-2-agreement")).contains("disputed"));
        answer(plan, 0, "TQ-1").setValue(QuizAnswerValue.FALSE);
        plan.getReadiness().getRespondents().forEach(r -> answerTo(r, "TQ-2").setValue(QuizAnswerValue.FALSE));
        Diagram after = draw(plan);
        assertEquals(Palette.CAUTION, node(after, "quiz-TQ-1").style());
        assertTrue(text(node(after, "quiz-TQ-1-agreement")).startsWith("⚠ 2 of 3 agree"),
                text(node(after, "quiz-TQ-1-agreement")));
        assertEquals("F", text(node(after, "quiz-TQ-1-answer-0")));
        assertNotEquals(Palette.CAUTION, node(after, "quiz-TQ-2").style());
        assertEquals("3 of 3 agree", text(node(after, "quiz-TQ-2-agreement")));
        String warning = text(node(after, "band-disputed"));
        assertTrue(warning.contains("TQ-1") && !warning.contains("TQ-2"), warning);
    }

    @Test
    void changingACompetencysRatingChangesItsPill() {
        ImplementationPlan plan = Example.plan();
        CompetencyAssessment culture = plan.getReadiness().getCompetencies().stream()
                .filter(c -> c.getCompetency().getCode().equals("COMP-01")).findFirst().orElseThrow();
        Node partial = node(draw(plan), "competency-COMP-01-rating");
        assertEquals("partially in place", text(partial));
        assertEquals(Palette.CAUTION, partial.style());
        culture.setRating(CompetencyRating.ESTABLISHED);
        Node established = node(draw(plan), "competency-COMP-01-rating");
        assertEquals("established", text(established));
        assertEquals(Palette.GOOD, established.style());
        assertTrue(established.box().x() > partial.box().x(), "a stronger rating sits further right");
        culture.setRating(CompetencyRating.NOT_IN_PLACE);
        Node absent = node(draw(plan), "competency-COMP-01-rating");
        assertEquals("not in place", text(absent));
        assertEquals(Palette.PROBLEM, absent.style());
        assertTrue(absent.box().x() < partial.box().x());
    }

    @Test
    void withoutRespondentsTheBandPanelSaysTheQuizIsNotAnswered() {
        ImplementationPlan plan = Example.plan();
        plan.getReadiness().getRespondents().clear();
        Diagram diagram = draw(plan);
        LayoutInvariants.assertClean(diagram);
        assertTrue(text(node(diagram, "band-result")).startsWith("Quiz not answered"));
        assertTrue(diagram.allNodes().noneMatch(n -> n.id().equals("band-organization") || n.id().equals(
                "band-disputed") || n.id().startsWith("quiz-respondent-")), "no marker, no dispute, no columns");
        assertEquals(10, rows(diagram, "quiz-TQ-\\d+").size(), "the items are still listed");
        assertEquals("–", text(node(diagram, "quiz-TQ-1-organization")));
        assertEquals("no answers", text(node(diagram, "quiz-TQ-1-agreement")));
        assertTrue(diagram.description().startsWith("Nobody has answered"), diagram.description());
        Drawings.keep(diagram, "readiness-unanswered");
    }

    @Test
    void withoutCompetencyAssessmentsEveryCompetencyIsShownNotRated() {
        ImplementationPlan plan = Example.plan();
        plan.getReadiness().getCompetencies().clear();
        Diagram diagram = draw(plan);
        LayoutInvariants.assertClean(diagram);
        List<Node> rows = rows(diagram, "competency-COMP-\\d+");
        assertEquals(11, rows.size());
        for (Node row : rows) {
            assertNull(row.ref(), "nothing in the plan to link to");
            Node pill = node(diagram, row.id() + "-rating");
            assertEquals("not rated", text(pill));
            assertEquals(Palette.PAPER, pill.style().fill(), "white");
            assertNotNull(pill.style().dash(), "dashed");
            assertTrue(text(node(diagram, row.id() + "-tally")).matches("\\d+ open|the toolkit asks no questions"),
                    text(node(diagram, row.id() + "-tally")));
        }
    }

    @Test
    void eightRespondentsWithLongNamesStayReadable() {
        ImplementationPlan plan = Example.plan();
        List<Respondent> respondents = plan.getReadiness().getRespondents();
        List<Respondent> answered = List.copyOf(respondents);
        for (int i = 0; i < 5; i++) {
            Respondent copy = EcoreUtil.copy(answered.get(i % answered.size()));
            Person person = PeerPlanFactory.eINSTANCE.createPerson();
            plan.getAgency().getPeople().add(person);
            copy.setPerson(person);
            copy.getAnswers().remove(i);
            respondents.add(copy);
        }
        String[] names = { "Dr. Maximiliana Konstantinopoulou-Whitfield, PhD", "Bartholomew Featherstonehaugh III",
                "Anne-Sophie Delacroix-Montmorency, LCSW, CPRP", "Oluwaseun Adebayo-Okonkwo, MSW",
                "Christopherson Vanderbilt-Ashworth", "Guadalupe Hernández-Villaseñor, CPSS",
                "Siobhán Ní Bhriain-MacGiolla Phádraig", "Wolfgang Schwarzenegger-Lichtenstein, MD" };
        for (int i = 0; i < respondents.size(); i++) {
            respondents.get(i).getPerson().setName(names[i]);
        }
        Diagram diagram = draw(plan);
        LayoutInvariants.assertClean(diagram);
        assertEquals(8, diagram.allNodes().filter(n -> n.id().matches("quiz-respondent-\\d+")).count());
        for (Respondent respondent : respondents) {
            assertEquals(1, diagram.allNodes().filter(n -> DiagramInput.ref(respondent).equals(n.ref())).count());
        }
        assertEquals("–", text(node(diagram, "quiz-TQ-1-answer-3")), "a removed answer shows as a dash");
        assertTrue(diagram.width() <= 1600, "fits a page: " + diagram.width());
        Drawings.keep(diagram, "readiness-stress");
    }

    private static void answerEverything(ImplementationPlan plan, QuizAnswerValue value) {
        plan.getReadiness().getRespondents().forEach(r -> r.getAnswers().forEach(a -> a.setValue(value)));
    }

    private static QuizAnswer answer(ImplementationPlan plan, int respondent, String item) {
        return answerTo(plan.getReadiness().getRespondents().get(respondent), item);
    }

    private static QuizAnswer answerTo(Respondent respondent, String item) {
        return respondent.getAnswers().stream().filter(a -> a.getItem().getCode().equals(item)).findFirst()
                .orElseThrow();
    }

    private static List<Node> rows(Diagram diagram, String idPattern) {
        return diagram.allNodes().filter(n -> n.id().matches(idPattern)).toList();
    }

    private static Node node(Diagram diagram, String id) {
        return diagram.allNodes().filter(n -> n.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + id));
    }

    private static String text(Node node) {
        return node.labels().stream().map(Label::text).collect(Collectors.joining(" "));
    }

    private static Diagram draw(ImplementationPlan plan) {
        return draw(Example.input(plan));
    }

    private static Diagram draw(DiagramInput input) {
        return PlanDiagrams.build(DiagramKind.READINESS, input).get(0);
    }
}
