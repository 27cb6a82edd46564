package org.peerplan.docgen.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peerplan.core.readiness.MotivationResult;
import org.peerplan.core.readiness.QuizItemResult;
import org.peerplan.core.readiness.QuizResult;
import org.peerplan.core.readiness.ReadinessScorer;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.LikertAgreement;
import org.peerplan.model.QuizAnswer;
import org.peerplan.model.QuizAnswerValue;
import org.peerplan.model.Respondent;
import org.peerplan.model.catalog.Catalog;
import org.peerplan.model.catalog.SurveyItemDef;

/** The values of D1, the readiness and timeline assessment. */
final class ReadinessView {

    private ReadinessView() {
    }

    static Map<String, Object> of(ImplementationPlan plan, Catalog catalog) {
        ReadinessScorer scorer = new ReadinessScorer(catalog);
        QuizResult quiz = scorer.quiz(plan.getReadiness());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("respondents", quiz.respondents().stream().map(r -> Formats.text(r.getPerson().getName())).toList());
        view.put("respondentTrue", quiz.respondentTrue());
        List<Map<String, Object>> items = new ArrayList<>();
        for (QuizItemResult item : quiz.items()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", item.item().getCode());
            row.put("statement", Formats.text(item.item().getText()));
            row.put("answers", quiz.respondents().stream().map(r -> answer(r, item)).toList());
            row.put("organization", item.unanswered() ? "Unanswered" : item.organizationTrue() ? "True" : "Not true");
            row.put("agreement", Math.round(item.agreement() * 100) + "%");
            row.put("disputed", item.disputed());
            items.add(row);
        }
        view.put("items", items);
        view.put("trueCount", quiz.organizationTrueCount());
        view.put("band", quiz.band() == null ? "no band: nobody has answered the quiz"
                : quiz.band().getMinTrue() + "–" + quiz.band().getMaxTrue() + " True");
        view.put("bandReading", quiz.band() == null ? "" : Formats.text(quiz.band().getText()));
        view.put("recommendation", quiz.band() == null ? "" : Formats.text(quiz.band().getRecommendation()));
        view.put("minimumMonths", quiz.minimumMonths());
        view.put("minimumInferred", quiz.minimumInferred());
        view.put("benchmarks", plan.getReadiness().getBenchmarks().stream().map(b -> Map.of("organization",
                Formats.text(b.getOrganization()), "months", b.getMonths(), "notes", Formats.text(b.getNotes())))
                .toList());
        view.put("funders", plan.getAgency().getFunderConstraints().stream().map(f -> Map.of("funder",
                Formats.text(f.getFunder()), "description", Formats.text(f.getDescription()), "by",
                Formats.date(f.getFirstPeerStartBy()))).toList());
        view.put("speedUps", plan.getTimeline().getSpeedUps().stream().map(s -> Map.of("name",
                Formats.text(s.getOption().getName()), "rationale", Formats.text(s.getRationale()))).toList());
        MotivationResult motivation = scorer.motivation(plan.getReadiness());
        view.put("motivation", plan.getReadiness().getMotivation().stream().map(m -> Map.of("question",
                Formats.text(m.getQuestion().getText()), "group", Formats.words(m.getQuestion().getGroup()),
                "answer", Formats.text(m.getAnswer()), "struggled", m.isStruggled())).toList());
        view.put("motivationVerdict", motivation.gatherMoreInformation()
                ? "Gather more information and evaluate further before implementing."
                : "The answers show enough motivation to proceed.");
        view.put("competencies", scorer.competencies(plan.getReadiness()).stream().map(c -> Map.of("code",
                c.competency().getCode(), "name", Formats.text(c.competency().getName()), "rating",
                Formats.words(c.rating()), "yes", c.yes(), "partly", c.partly(), "no", c.no(), "unanswered",
                c.unanswered())).toList());
        List<Map<String, Object>> survey = scorer.survey(plan.getReadiness()).entrySet().stream()
                .map(e -> surveyItem(e.getKey(), e.getValue())).toList();
        view.put("survey", survey);
        view.put("surveyResponses", plan.getReadiness().getSurveyResponses().size());
        view.put("surveyNeedingAction", survey.stream().filter(i -> (Boolean) i.get("needsAction")).toList());
        return view;
    }

    /**
     * One survey statement's answers, strongly agree to strongly disagree. The source gives no scoring, so which
     * statements need action is PeerPlan's reading, said as such in D7: more respondents disagree than agree.
     */
    private static Map<String, Object> surveyItem(SurveyItemDef item, Map<LikertAgreement, Integer> answers) {
        List<Integer> counts = LikertAgreement.VALUES.stream().filter(v -> v != LikertAgreement.NO_ANSWER)
                .map(answers::get).toList();
        int agree = counts.get(0) + counts.get(1);
        int disagree = counts.get(3) + counts.get(4);
        return Map.of("code", item.getCode(), "item", Formats.text(item.getText()), "counts", counts, "agree", agree,
                "disagree", disagree, "needsAction", disagree > agree);
    }

    private static String answer(Respondent respondent, QuizItemResult item) {
        QuizAnswerValue value = respondent.getAnswers().stream().filter(a -> a.getItem() == item.item())
                .map(QuizAnswer::getValue).findFirst().orElse(QuizAnswerValue.UNANSWERED);
        return switch (value) {
            case TRUE -> "T";
            case FALSE -> "F";
            default -> "–";
        };
    }
}
