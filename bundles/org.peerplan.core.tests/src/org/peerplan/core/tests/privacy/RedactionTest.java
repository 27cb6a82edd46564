package org.peerplan.core.tests.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EAttribute;
import org.junit.jupiter.api.Test;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.privacy.Audience;
import org.peerplan.core.privacy.PersonalData;
import org.peerplan.core.privacy.Redaction;
import org.peerplan.core.tests.Plans;
import org.peerplan.core.validation.PlanChecker;
import org.peerplan.core.validation.RuleRegistry;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Person;

/** What each audience's copy of a plan keeps of its personal data. */
class RedactionTest {

    /** The test plan's people with lived experience, who have not agreed to be named as having it. */
    static final List<String> PEERS = List.of("Tamika Brooks", "Maria Delgado");

    /** The test plan's people who receive services at the agency. */
    static final List<String> SERVICE_RECIPIENTS = List.of("Robert Nguyen", "Grace Thompson");

    /** The test plan's evaluation and health data, a phrase of each value. */
    static final List<String> PERSONNEL_RECORDS = List.of("hospital stay", "relapse treatment", "Weekly shadowing",
            "Facilitates the Tuesday recovery group", "intensive outpatient treatment", "medication-management");

    @Test
    void theMetamodelMarksEachKindOfPersonalData() {
        assertEquals(new TreeSet<>(List.of("Accommodation.description", "Accommodation.lowersExpectations",
                "CategoryComment.comment", "CollaborativeWorkPlan.successIndicators", "DevelopmentPlanAnswer.answer",
                "EvaluationEntry.rating", "Person.peer", "Person.receivesServices", "PlanOfAction.area",
                "PlanOfAction.outcome", "WorkPlanNeed.text", "WorkPlanStep.text")),
                new TreeSet<>(PersonalData.classified().keySet().stream()
                        .map(a -> a.getEContainingClass().getName() + "." + a.getName()).toList()));
    }

    @Test
    void theBoardsCopyNamesNobodyWithLivedExperienceOrReceivingServicesAndHoldsNoPersonnelRecord() throws IOException {
        ImplementationPlan plan = new PlanStore().load(Plans.withPersonalData());
        String original = xmi(plan);
        ImplementationPlan board = Redaction.of(plan, Audience.BOARD);
        String copy = xmi(board);
        for (String secret : concat(PEERS, SERVICE_RECIPIENTS, PERSONNEL_RECORDS)) {
            assertTrue(original.contains(secret), "the test plan holds " + secret);
            assertFalse(copy.contains(secret), "the board's copy holds " + secret);
        }
        assertEquals(original, xmi(plan), "the plan itself is untouched");
        assertEquals("Director of Peer Services", person(board, "person-tamika-brooks").getName());
        assertEquals("A person who receives services at Riverbend Community Behavioral Health (1)",
                person(board, "person-robert-nguyen").getName());
        assertTrue(copy.contains("Peer Supervisor and A person who receives services at Riverbend Community"
                + " Behavioral Health (1) speak for the peers"), "the plan's own words name them by position too");
        assertTrue(person(board, "person-tamika-brooks").isPeer(), "the position is still held by a peer");
        assertTrue(new PlanChecker(RuleRegistry.all(), LocalDate.of(2027, 4, 30)).check(board).findings().stream()
                .noneMatch(f -> f.ruleId().equals(PlanChecker.STRUCTURE)), "the copy is a valid plan");
    }

    /** The test data is a corpus of every kind: each marked feature holds a value somewhere in it. */
    @Test
    void theTestPlanHoldsAValueInEveryMarkedFeatureAndTheBoardsCopyNoneOfThePersonnelRecords() throws IOException {
        ImplementationPlan plan = new PlanStore().load(Plans.withPersonalData());
        Set<EAttribute> held = new HashSet<>();
        plan.eAllContents().forEachRemaining(e -> PersonalData.classified().keySet().stream()
                .filter(a -> a.getEContainingClass().isSuperTypeOf(e.eClass()) && e.eIsSet(a)).forEach(held::add));
        assertEquals(PersonalData.classified().keySet(), held);

        ImplementationPlan board = Redaction.of(plan, Audience.BOARD);
        board.eAllContents().forEachRemaining(e -> PersonalData.classified().forEach((attribute, kind) -> {
            if (!kind.aboutWhoSomeoneIs() && attribute.getEContainingClass().isSuperTypeOf(e.eClass())) {
                assertTrue(!e.eIsSet(attribute) || Redaction.WITHHELD.equals(e.eGet(attribute)),
                        attribute.getName() + " of " + e.eClass().getName() + " is withheld");
            }
        }));
    }

    @Test
    void consentNamesThatPersonOnly() throws IOException {
        ImplementationPlan plan = new PlanStore().load(Plans.withPersonalData());
        person(plan, "person-tamika-brooks").setNamedWithLivedExperience(true);
        person(plan, "person-tamika-brooks").setNamingConsentOn(LocalDate.of(2027, 2, 1));
        ImplementationPlan board = Redaction.of(plan, Audience.BOARD);
        assertEquals("Tamika Brooks, MSW, CPSS", person(board, "person-tamika-brooks").getName());
        assertEquals("Peer Supervisor", person(board, "person-maria-delgado").getName());
    }

    @Test
    void leadershipKnowsWhoHasLivedExperienceButNotWhoReceivesServicesNorAnyPersonnelRecord() throws IOException {
        String copy = xmi(Redaction.of(new PlanStore().load(Plans.withPersonalData()), Audience.LEADERSHIP));
        PEERS.forEach(name -> assertTrue(copy.contains(name), name));
        concat(SERVICE_RECIPIENTS, PERSONNEL_RECORDS).forEach(secret -> assertFalse(copy.contains(secret), secret));
    }

    /** Nothing to hide, nothing to copy: the example once its service recipients are no longer in it. */
    @Test
    void aPlanWithNothingHiddenFromTheBoardIsItsOwnCopy() throws IOException {
        ImplementationPlan plan = new PlanStore().load(Plans.example());
        plan.getAgency().getPeople().forEach(p -> p.setReceivesServices(false));
        assertSame(plan, Redaction.of(plan, Audience.BOARD));
    }

    @Test
    void personnelSeesThePlanItself() throws IOException {
        ImplementationPlan plan = new PlanStore().load(Plans.withPersonalData());
        assertSame(plan, Redaction.of(plan, Audience.PERSONNEL));
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    private static Person person(ImplementationPlan plan, String id) {
        return (Person) plan.eResource().getEObject(id);
    }

    private static String xmi(ImplementationPlan plan) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        plan.eResource().save(bytes, PlanStore.saveOptions());
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
