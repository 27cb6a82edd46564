package org.peerplan.core.readiness;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peerplan.model.AssessmentAnswer;
import org.peerplan.model.AssessmentAnswerValue;
import org.peerplan.model.CompetencyAssessment;
import org.peerplan.model.CompetencyRating;
import org.peerplan.model.LikertAgreement;
import org.peerplan.model.MotivationAnswer;
import org.peerplan.model.QuizAnswer;
import org.peerplan.model.QuizAnswerValue;
import org.peerplan.model.ReadinessAssessment;
import org.peerplan.model.Respondent;
import org.peerplan.model.SurveyAnswer;
import org.peerplan.model.SurveyResponse;
import org.peerplan.model.catalog.AssessmentQuestionDef;
import org.peerplan.model.catalog.Catalog;
import org.peerplan.model.catalog.CompetencyDef;
import org.peerplan.model.catalog.MotivationGroup;
import org.peerplan.model.catalog.QuizItemDef;
import org.peerplan.model.catalog.ReadinessBandDef;
import org.peerplan.model.catalog.SurveyItemDef;

/** Computes the readiness results of a plan against the catalog's quiz items and bands. */
public final class ReadinessScorer {

    private final Catalog catalog;

    public ReadinessScorer(Catalog catalog) {
        this.catalog = catalog;
    }

    public QuizResult quiz(ReadinessAssessment readiness) {
        List<QuizItemResult> items = new ArrayList<>();
        int organizationTrue = 0;
        for (QuizItemDef item : catalog.getQuizItems()) {
            int yes = 0;
            int no = 0;
            for (Respondent respondent : readiness.getRespondents()) {
                QuizAnswerValue value = answer(respondent, item);
                yes += value == QuizAnswerValue.TRUE ? 1 : 0;
                no += value == QuizAnswerValue.FALSE ? 1 : 0;
            }
            int unanswered = readiness.getRespondents().size() - yes - no;
            boolean organizationSaysTrue = yes > no;
            organizationTrue += organizationSaysTrue ? 1 : 0;
            double agreement = yes + no == 0 ? 0 : (double) Math.max(yes, no) / (yes + no);
            items.add(new QuizItemResult(item, yes, no, unanswered, organizationSaysTrue, agreement));
        }
        List<Integer> respondentTrue = readiness.getRespondents().stream()
                .map(r -> (int) r.getAnswers().stream().filter(a -> a.getValue() == QuizAnswerValue.TRUE).count())
                .toList();
        ReadinessBandDef band = readiness.getRespondents().isEmpty() ? null : band(organizationTrue);
        return new QuizResult(items, organizationTrue, band, List.copyOf(readiness.getRespondents()), respondentTrue);
    }

    private ReadinessBandDef band(int trueCount) {
        return catalog.getReadinessBands().stream()
                .filter(b -> b.getMinTrue() <= trueCount && trueCount <= b.getMaxTrue()).findFirst()
                .orElseThrow(() -> new IllegalStateException("the catalog has no band for " + trueCount + " True"));
    }

    private static QuizAnswerValue answer(Respondent respondent, QuizItemDef item) {
        return respondent.getAnswers().stream().filter(a -> a.getItem() == item).map(QuizAnswer::getValue)
                .findFirst().orElse(QuizAnswerValue.UNANSWERED);
    }

    public MotivationResult motivation(ReadinessAssessment readiness) {
        int unanswered = catalog.getMotivationQuestions().size();
        int struggled = 0;
        int motivationWords = 0;
        int concernWords = 0;
        for (MotivationAnswer answer : readiness.getMotivation()) {
            int words = words(answer.getAnswer());
            if (words > 0) {
                unanswered--;
            }
            struggled += answer.isStruggled() ? 1 : 0;
            if (answer.getQuestion().getGroup() == MotivationGroup.MOTIVATION) {
                motivationWords += words;
            } else {
                concernWords += words;
            }
        }
        return new MotivationResult(Math.max(unanswered, 0), struggled, motivationWords, concernWords);
    }

    /** The distribution of answers per survey item, in catalog order; NO_ANSWER counts unanswered items. */
    public Map<SurveyItemDef, Map<LikertAgreement, Integer>> survey(ReadinessAssessment readiness) {
        Map<SurveyItemDef, Map<LikertAgreement, Integer>> distribution = new LinkedHashMap<>();
        for (SurveyItemDef item : catalog.getSurveyItems()) {
            Map<LikertAgreement, Integer> counts = new EnumMap<>(LikertAgreement.class);
            LikertAgreement.VALUES.forEach(value -> counts.put(value, 0));
            for (SurveyResponse response : readiness.getSurveyResponses()) {
                LikertAgreement value = response.getAnswers().stream().filter(a -> a.getItem() == item)
                        .map(SurveyAnswer::getValue).findFirst().orElse(LikertAgreement.NO_ANSWER);
                counts.merge(value, 1, Integer::sum);
            }
            distribution.put(item, counts);
        }
        return distribution;
    }

    /** Every agency competency in catalog order, with the plan's rating and the tally of its answered questions. */
    public List<CompetencyResult> competencies(ReadinessAssessment readiness) {
        List<CompetencyResult> results = new ArrayList<>();
        for (CompetencyDef competency : catalog.getCompetencies()) {
            CompetencyAssessment assessment = readiness.getCompetencies().stream()
                    .filter(a -> a.getCompetency() == competency).findFirst().orElse(null);
            Map<AssessmentAnswerValue, Integer> tally = new EnumMap<>(AssessmentAnswerValue.class);
            for (AssessmentQuestionDef question : competency.getQuestions()) {
                AssessmentAnswerValue value = assessment == null ? AssessmentAnswerValue.UNANSWERED
                        : assessment.getAnswers().stream().filter(a -> a.getQuestion() == question)
                                .map(AssessmentAnswer::getValue).findFirst().orElse(AssessmentAnswerValue.UNANSWERED);
                tally.merge(value, 1, Integer::sum);
            }
            results.add(new CompetencyResult(competency,
                    assessment == null ? CompetencyRating.NOT_RATED : assessment.getRating(),
                    tally.getOrDefault(AssessmentAnswerValue.YES, 0), tally.getOrDefault(AssessmentAnswerValue.PARTLY, 0),
                    tally.getOrDefault(AssessmentAnswerValue.NO, 0),
                    tally.getOrDefault(AssessmentAnswerValue.UNANSWERED, 0)));
        }
        return results;
    }

    /** The competencies the plan has not rated, in catalog order. */
    public List<String> unratedCompetencies(ReadinessAssessment readiness) {
        return competencies(readiness).stream().filter(r -> r.rating() == CompetencyRating.NOT_RATED)
                .map(r -> r.competency().getCode()).toList();
    }

    static int words(String text) {
        return text == null || text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
