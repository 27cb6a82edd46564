package org.peerplan.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peerplan.core.readiness.CompetencyResult;
import org.peerplan.core.readiness.ReadinessScorer;
import org.peerplan.core.tests.rules.RuleHarness;
import org.peerplan.model.AssessmentAnswer;
import org.peerplan.model.AssessmentAnswerValue;
import org.peerplan.model.CompetencyAssessment;
import org.peerplan.model.CompetencyRating;
import org.peerplan.model.ImplementationPlan;

/** Competency results: one per catalog competency, with the rating and the tally of its questions. */
class CompetencyResultsTest {

    @Test
    void everyCompetencyIsListedWithItsRatingAndTally() {
        ImplementationPlan plan = RuleHarness.example();
        ReadinessScorer scorer = new ReadinessScorer(RuleHarness.catalog(plan));
        List<CompetencyResult> results = scorer.competencies(plan.getReadiness());

        assertEquals(11, results.size());
        for (CompetencyResult result : results) {
            assertEquals(result.competency().getQuestions().size(),
                    result.yes() + result.partly() + result.no() + result.unanswered(), result.competency().getCode());
        }
        CompetencyAssessment first = plan.getReadiness().getCompetencies().stream()
                .filter(a -> a.getCompetency() == results.get(0).competency()).findFirst().orElseThrow();
        long yes = first.getAnswers().stream().map(AssessmentAnswer::getValue)
                .filter(v -> v == AssessmentAnswerValue.YES).count();
        assertEquals(yes, results.get(0).yes());
        assertEquals(first.getRating(), results.get(0).rating());
        assertEquals(List.of(), scorer.unratedCompetencies(plan.getReadiness()));
    }

    @Test
    void aCompetencyThePlanDoesNotAssessIsNotRated() {
        ImplementationPlan plan = RuleHarness.example();
        plan.getReadiness().getCompetencies().remove(3);
        ReadinessScorer scorer = new ReadinessScorer(RuleHarness.catalog(plan));
        CompetencyResult missing = scorer.competencies(plan.getReadiness()).stream()
                .filter(r -> r.rating() == CompetencyRating.NOT_RATED).findFirst().orElseThrow();
        assertEquals(missing.competency().getQuestions().size(), missing.unanswered());
        assertEquals(List.of(missing.competency().getCode()), scorer.unratedCompetencies(plan.getReadiness()));
    }
}
