package org.peerplan.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.readiness.MotivationResult;
import org.peerplan.core.readiness.QuizItemResult;
import org.peerplan.core.readiness.QuizResult;
import org.peerplan.core.readiness.ReadinessScorer;
import org.peerplan.model.CompetencyAssessment;
import org.peerplan.model.CompetencyRating;
import org.peerplan.model.LikertAgreement;
import org.peerplan.model.MotivationAnswer;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.Person;
import org.peerplan.model.QuizAnswer;
import org.peerplan.model.QuizAnswerValue;
import org.peerplan.model.ReadinessAssessment;
import org.peerplan.model.Respondent;
import org.peerplan.model.SurveyAnswer;
import org.peerplan.model.SurveyResponse;
import org.peerplan.model.catalog.Catalog;
import org.peerplan.model.catalog.CatalogItem;
import org.peerplan.model.catalog.ReadinessBand;
import org.peerplan.model.catalog.SurveyItemDef;

/** The readiness scorer on small assessments built in code against the shipped catalog. */
class ReadinessScorerTest {

    private static final PeerPlanFactory MODEL = PeerPlanFactory.eINSTANCE;

    private final Catalog catalog = catalog();

    private final ReadinessScorer scorer = new ReadinessScorer(catalog);

    private final ReadinessAssessment readiness = MODEL.createReadinessAssessment();

    // The timeline quiz ---------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({ "0, BAND_LT5, 12, true", "4, BAND_LT5, 12, true", "5, BAND_5_7, 12, false",
            "7, BAND_5_7, 12, false", "8, BAND_8_10, 6, false", "10, BAND_8_10, 6, false" })
    void theBandFollowsTheCountOfTrueAnswers(int trues, String band, int months, boolean inferred) {
        respondent("Ann", "T".repeat(trues) + "F".repeat(10 - trues));
        QuizResult result = scorer.quiz(readiness);
        assertEquals(trues, result.organizationTrueCount());
        assertEquals(band, result.band().getBand().getLiteral());
        assertEquals(months, result.minimumMonths());
        assertEquals(inferred, result.minimumInferred());
    }

    @Test
    void aQuizNobodyAnsweredHasNoBand() {
        QuizResult result = scorer.quiz(readiness);
        assertNull(result.band());
        assertEquals(0, result.minimumMonths());
        assertFalse(result.minimumInferred());
        assertEquals(10, result.unansweredItems().size());
    }

    @Test
    void eachItemIsDecidedByMajorityAndATieIsNotTrue() {
        // Items:          1 2 3 4 5 6 7 8 9 10   ('-' no answer, 'U' answered UNANSWERED)
        respondent("Ann", "TTFT-TFFFF");
        respondent("Ben", "TFFT--FFFF");
        respondent("Cy", "F-FTU-FFFF");
        QuizResult result = scorer.quiz(readiness);

        assertItem(result.items().get(0), 2, 1, 0, true, 2.0 / 3);
        assertItem(result.items().get(1), 1, 1, 1, false, 0.5);
        assertItem(result.items().get(2), 0, 3, 0, false, 1.0);
        assertItem(result.items().get(3), 3, 0, 0, true, 1.0);
        assertItem(result.items().get(4), 0, 0, 3, false, 0.0);
        assertItem(result.items().get(5), 1, 0, 2, true, 1.0);
        assertEquals(3, result.organizationTrueCount());
        assertEquals(ReadinessBand.BAND_LT5, result.band().getBand());
        assertEquals(List.of(4, 2, 1), result.respondentTrue());
    }

    @Test
    void disputedAndUnansweredItemsAreListed() {
        respondent("Ann", "TTFT-TFFFF");
        respondent("Ben", "TFFT--FFFF");
        respondent("Cy", "F-FTU-FFFF");
        QuizResult result = scorer.quiz(readiness);

        assertEquals(List.of("TQ-1", "TQ-2"), codes(result.disputedItems()));
        assertEquals(List.of("TQ-5"), codes(result.unansweredItems()));
        assertTrue(result.items().get(4).unanswered());
        assertFalse(result.items().get(5).disputed(), "one True and no False is not a dispute");
    }

    // The motivation self-assessment --------------------------------------------------------------------------------

    @Test
    void aCompleteBalancedAssessmentIsReady() {
        motivation("MSA-1", words(10), false);
        motivation("MSA-2", words(10), false);
        motivation("MSA-3", words(10), false);
        motivation("MSA-4", words(5), false);
        motivation("MSA-5", words(5), false);
        motivation("MSA-6", words(5), false);
        MotivationResult result = scorer.motivation(readiness);
        assertEquals(new MotivationResult(0, 0, 30, 15), result);
        assertFalse(result.gatherMoreInformation());
    }

    @Test
    void concernsOutweighMotivationOnlyBeyondTheRatio() {
        motivation("MSA-1", words(10), false);
        motivation("MSA-4", words(15), false);
        MotivationResult atRatio = scorer.motivation(readiness);
        assertEquals(10, atRatio.motivationWords());
        assertEquals(15, atRatio.concernWords());
        assertFalse(atRatio.concernsOutweighMotivation(), "1.5 times as many words is not beyond the ratio");

        motivation("MSA-5", "one more", false);
        MotivationResult beyond = scorer.motivation(readiness);
        assertTrue(beyond.concernsOutweighMotivation());
        assertTrue(beyond.gatherMoreInformation());
        assertTrue(new MotivationResult(0, 0, 0, 2).concernsOutweighMotivation(), "concerns and no motivation");
    }

    @Test
    void blankAndMissingAnswersAreUnansweredAndStrugglesCount() {
        motivation("MSA-1", words(20), false);
        motivation("MSA-2", "   ", false);
        motivation("MSA-3", words(8), true);
        motivation("MSA-4", words(4), false);
        MotivationResult result = scorer.motivation(readiness);
        assertEquals(3, result.unanswered(), "MSA-2 is blank; MSA-5 and MSA-6 have no answer");
        assertEquals(1, result.struggled());
        assertEquals(28, result.motivationWords());
        assertEquals(4, result.concernWords());
        assertTrue(result.gatherMoreInformation());
    }

    // The recovery-orientation survey and the competencies ----------------------------------------------------------

    @Test
    void theSurveyDistributionCountsEveryAnswerAndEveryGap() {
        survey(Map.of("ROW-1", LikertAgreement.AGREE, "ROW-2", LikertAgreement.DISAGREE));
        survey(Map.of("ROW-1", LikertAgreement.AGREE));
        Map<SurveyItemDef, Map<LikertAgreement, Integer>> distribution = scorer.survey(readiness);

        assertEquals(catalog.getSurveyItems(), List.copyOf(distribution.keySet()));
        assertEquals(counts(LikertAgreement.AGREE, 2), distribution.get(catalog.getSurveyItems().get(0)));
        Map<LikertAgreement, Integer> second = counts(LikertAgreement.DISAGREE, 1);
        second.put(LikertAgreement.NO_ANSWER, 1);
        assertEquals(second, distribution.get(catalog.getSurveyItems().get(1)));
        assertEquals(counts(LikertAgreement.NO_ANSWER, 2), distribution.get(catalog.getSurveyItems().get(2)));
    }

    @Test
    void unratedCompetenciesAreTheOnesWithoutARating() {
        CompetencyAssessment rated = MODEL.createCompetencyAssessment();
        rated.setCompetency(catalog.getCompetencies().get(0));
        rated.setRating(CompetencyRating.ESTABLISHED);
        CompetencyAssessment notRated = MODEL.createCompetencyAssessment();
        notRated.setCompetency(catalog.getCompetencies().get(1));
        readiness.getCompetencies().addAll(List.of(rated, notRated));

        List<String> unrated = scorer.unratedCompetencies(readiness);
        assertEquals(catalog.getCompetencies().size() - 1, unrated.size());
        assertFalse(unrated.contains("COMP-01"));
        assertTrue(unrated.contains("COMP-02"));
    }

    // Building assessments ------------------------------------------------------------------------------------------

    /** One respondent; each character answers the next quiz item: T, F, U (UNANSWERED) or - (no answer at all). */
    private void respondent(String name, String answers) {
        Person person = MODEL.createPerson();
        person.setName(name);
        Respondent respondent = MODEL.createRespondent();
        respondent.setPerson(person);
        for (int i = 0; i < answers.length(); i++) {
            char c = answers.charAt(i);
            if (c != '-') {
                QuizAnswer answer = MODEL.createQuizAnswer();
                answer.setItem(catalog.getQuizItems().get(i));
                answer.setValue(c == 'T' ? QuizAnswerValue.TRUE : c == 'F' ? QuizAnswerValue.FALSE
                        : QuizAnswerValue.UNANSWERED);
                respondent.getAnswers().add(answer);
            }
        }
        readiness.getRespondents().add(respondent);
    }

    private void motivation(String code, String text, boolean struggled) {
        MotivationAnswer answer = MODEL.createMotivationAnswer();
        answer.setQuestion(catalog.getMotivationQuestions().stream().filter(q -> q.getCode().equals(code))
                .findFirst().orElseThrow());
        answer.setAnswer(text);
        answer.setStruggled(struggled);
        readiness.getMotivation().add(answer);
    }

    private void survey(Map<String, LikertAgreement> answers) {
        SurveyResponse response = MODEL.createSurveyResponse();
        for (SurveyItemDef item : catalog.getSurveyItems()) {
            if (answers.containsKey(item.getCode())) {
                SurveyAnswer answer = MODEL.createSurveyAnswer();
                answer.setItem(item);
                answer.setValue(answers.get(item.getCode()));
                response.getAnswers().add(answer);
            }
        }
        readiness.getSurveyResponses().add(response);
    }

    private static Map<LikertAgreement, Integer> counts(LikertAgreement value, int count) {
        Map<LikertAgreement, Integer> counts = new EnumMap<>(LikertAgreement.class);
        LikertAgreement.VALUES.forEach(v -> counts.put(v, 0));
        counts.put(value, count);
        return counts;
    }

    private static void assertItem(QuizItemResult item, int yes, int no, int unanswered, boolean organizationTrue,
            double agreement) {
        String code = item.item().getCode();
        assertEquals(yes, item.trueCount(), code);
        assertEquals(no, item.falseCount(), code);
        assertEquals(unanswered, item.unansweredCount(), code);
        assertEquals(organizationTrue, item.organizationTrue(), code);
        assertEquals(agreement, item.agreement(), 1e-9, code);
    }

    private static List<String> codes(List<QuizItemResult> items) {
        return items.stream().map(QuizItemResult::item).map(CatalogItem::getCode).toList();
    }

    private static String words(int count) {
        return "word ".repeat(count).strip();
    }

    private static Catalog catalog() {
        try {
            return ToolkitCatalog.in(PlanStore.newResourceSet());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
