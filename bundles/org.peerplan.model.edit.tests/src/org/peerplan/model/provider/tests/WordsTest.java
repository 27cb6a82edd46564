package org.peerplan.model.provider.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.PeerPlanPackage.Literals;
import org.peerplan.model.RootCauseCategory;
import org.peerplan.model.TaskStatus;
import org.peerplan.model.Why;
import org.peerplan.model.provider.words.PlanWords;
import org.peerplan.model.provider.words.ValueWords;
import org.peerplan.model.provider.words.Vocabulary;

/** The words for the model's names and values: listed ones from words.properties, the rest spelled from the model. */
class WordsTest {

    @Test
    void featuresAreNamedInSentenceCaseOrAsListed() {
        assertEquals("Duration (working days)", Vocabulary.feature(Literals.TASK__DURATION_DAYS));
        assertEquals("Plan start", Vocabulary.feature(Literals.TIMELINE__PLAN_START));
        assertEquals("FTE", Vocabulary.feature(Literals.PEER_ROLE__FTE));
        assertEquals("Bills Medicaid for peer services", Vocabulary.feature(Literals.AGENCY__BILLS_MEDICAID_FOR_PEER_SERVICES));
        assertEquals("Root-cause analysis", Vocabulary.type(Literals.ROOT_CAUSE_ANALYSIS));
        assertEquals("Budget line", Vocabulary.type(Literals.BUDGET_LINE));
    }

    @Test
    void literalsAreWords() {
        assertEquals("Not started", Vocabulary.literal(TaskStatus.NOT_STARTED));
        assertEquals("Processes & Procedures", Vocabulary.literal(RootCauseCategory.PROCESSES_AND_PROCEDURES));
    }

    @Test
    void valuesAreWrittenAsTheDocumentsWriteThem() {
        assertEquals("Apr 30, 2027", ValueWords.of(LocalDate.of(2027, 4, 30)));
        assertEquals("$12,500", ValueWords.of(new BigDecimal("12500.00")));
        assertEquals("$18.50", ValueWords.of(new BigDecimal("18.5")));
        assertEquals("0.5", ValueWords.of(0.5));
        assertEquals("Yes", ValueWords.of(true));
        assertEquals("In progress", ValueWords.of(TaskStatus.IN_PROGRESS));
        assertEquals("", ValueWords.of(null));
        assertEquals("Environment, People",
                ValueWords.of(List.of(RootCauseCategory.ENVIRONMENT, RootCauseCategory.PEOPLE)));
    }

    @Test
    void elementsWithoutAWordOfTheirOwnSayWhatTheyAre() {
        assertEquals("Unnamed task", PlanWords.text(PeerPlanFactory.eINSTANCE.createTask()));
        assertEquals("Timeline", PlanWords.text(PeerPlanFactory.eINSTANCE.createTimeline()));
        Why why = PeerPlanFactory.eINSTANCE.createWhy();
        why.setText("Nobody owns the policy manual.");
        assertEquals("Why? Nobody owns the policy manual.", PlanWords.text(why));
    }

    @Test
    void longTextIsCutAtAWord() {
        String text = "word ".repeat(40);
        String shortened = PlanWords.shorten(text);
        assertEquals('…', shortened.charAt(shortened.length() - 1));
        assertEquals("word", shortened.substring(shortened.length() - 5, shortened.length() - 1));
    }
}
