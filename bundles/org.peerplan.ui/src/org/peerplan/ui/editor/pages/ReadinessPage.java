package org.peerplan.ui.editor.pages;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.peerplan.core.readiness.QuizItemResult;
import org.peerplan.core.readiness.QuizResult;
import org.peerplan.model.CompetencyAssessment;
import org.peerplan.model.LikertAgreement;
import org.peerplan.model.MotivationAnswer;
import org.peerplan.model.PeerPlanPackage.Literals;
import org.peerplan.model.QuizAnswer;
import org.peerplan.model.ReadinessAssessment;
import org.peerplan.model.Respondent;
import org.peerplan.model.SurveyResponse;
import org.peerplan.model.catalog.CatalogItem;
import org.peerplan.model.catalog.QuizItemDef;
import org.peerplan.model.catalog.SurveyItemDef;
import org.peerplan.ui.editor.PlanEditor;

/**
 * Readiness: the ten quiz statements against the people who answered them, with the organization's answer, the
 * agreement and the band recomputed at each click; the motivation self-assessment, the recovery-orientation survey
 * and the eleven competencies.
 */
public final class ReadinessPage extends PlanPage {

    public static final String ID = "readiness";

    private Summary summary;

    private Label band;

    private FeatureTable respondents;

    private AnswerMatrix quiz;

    private FeatureTable motivation;

    private AnswerMatrix survey;

    private FeatureTable surveyResponses;

    private FeatureTable competencies;

    public ReadinessPage(PlanEditor editor) {
        super(editor, ID, "Readiness");
    }

    @Override
    protected void build(Composite body, FormToolkit toolkit) {
        summary = new Summary(body, toolkit, "Readiness band");
        Layouts.place(summary.section(), 2);
        band = summary.line();
        respondents = new FeatureTable(this, body, toolkit, "Quiz respondents",
                "Each person answers the quiz on their own; the organization's answer is the majority's.", this::plan,
                Literals.IMPLEMENTATION_PLAN__READINESS, Literals.READINESS_ASSESSMENT__RESPONDENTS)
                .column(Literals.RESPONDENT__PERSON, 200).column(Literals.RESPONDENT__ANSWERED_ON, 120)
                .computed("True answers", 100, row -> String.valueOf(trueCount((Respondent) row)));
        Layouts.place(respondents.section(), 1);
        surveyResponses = new FeatureTable(this, body, toolkit, "Survey respondents",
                "The recovery-orientation survey, one response a person.", this::plan,
                Literals.IMPLEMENTATION_PLAN__READINESS, Literals.READINESS_ASSESSMENT__SURVEY_RESPONSES)
                .column(Literals.SURVEY_RESPONSE__RESPONDENT, 220)
                .initializer(response -> ((SurveyResponse) response).setRespondent("New respondent"));
        Layouts.place(surveyResponses.section(), 1);
        quiz = new AnswerMatrix(this, body, toolkit, "Timeline readiness quiz", row -> ((CatalogItem) row).getText(),
                () -> readiness() == null ? List.of() : readiness().getRespondents(), Literals.RESPONDENT__ANSWERS,
                Literals.QUIZ_ANSWER__ITEM, Literals.QUIZ_ANSWER__VALUE)
                .computed("Organization", 100, row -> result((QuizItemDef) row) == null ? ""
                        : result((QuizItemDef) row).organizationTrue() ? "True" : "False")
                .computed("Agreement", 90, row -> agreement(result((QuizItemDef) row)))
                .computed("Disputed", 80, row -> result((QuizItemDef) row) != null
                        && result((QuizItemDef) row).disputed() ? "Disputed" : "");
        Layouts.place(quiz.section(), 2);
        motivation = new FeatureTable(this, body, toolkit, "Motivation self-assessment", null, this::plan,
                Literals.IMPLEMENTATION_PLAN__READINESS, Literals.READINESS_ASSESSMENT__MOTIVATION)
                .column(Literals.MOTIVATION_ANSWER__QUESTION, 320).column(Literals.MOTIVATION_ANSWER__ANSWER, 420)
                .column(Literals.MOTIVATION_ANSWER__STRUGGLED, 110);
        Layouts.place(motivation.section(), 2);
        survey = new AnswerMatrix(this, body, toolkit, "Recovery-orientation survey",
                row -> ((CatalogItem) row).getText(),
                () -> readiness() == null ? List.of() : readiness().getSurveyResponses(),
                Literals.SURVEY_RESPONSE__ANSWERS, Literals.SURVEY_ANSWER__ITEM, Literals.SURVEY_ANSWER__VALUE)
                .computed("Agree or strongly agree", 150, row -> agreeing((SurveyItemDef) row));
        Layouts.place(survey.section(), 2);
        competencies = new FeatureTable(this, body, toolkit, "Agency competencies", null, this::plan,
                Literals.IMPLEMENTATION_PLAN__READINESS, Literals.READINESS_ASSESSMENT__COMPETENCIES)
                .column(Literals.COMPETENCY_ASSESSMENT__COMPETENCY, 300)
                .column(Literals.COMPETENCY_ASSESSMENT__RATING, 150)
                .column(Literals.COMPETENCY_ASSESSMENT__ASSESSED_BY, 150)
                .column(Literals.COMPETENCY_ASSESSMENT__NOTES, 360);
        Layouts.place(competencies.section(), 2);
    }

    private ReadinessAssessment readiness() {
        return plan().getReadiness();
    }

    private QuizItemResult result(QuizItemDef item) {
        return facts().quiz().items().stream().filter(r -> r.item() == item).findFirst().orElse(null);
    }

    private static String agreement(QuizItemResult result) {
        return result == null || result.unanswered() ? "" : Math.round(result.agreement() * 100) + "%";
    }

    private int trueCount(Respondent respondent) {
        QuizResult result = facts().quiz();
        int index = result.respondents().indexOf(respondent);
        return index < 0 ? 0 : result.respondentTrue().get(index);
    }

    private String agreeing(SurveyItemDef item) {
        Map<LikertAgreement, Integer> counts = facts().survey().getOrDefault(item, Map.of());
        int agree = counts.getOrDefault(LikertAgreement.AGREE, 0) + counts.getOrDefault(LikertAgreement.STRONGLY_AGREE, 0);
        int answered = counts.entrySet().stream().filter(e -> e.getKey() != LikertAgreement.NO_ANSWER)
                .mapToInt(Map.Entry::getValue).sum();
        return answered == 0 ? "" : agree + " of " + answered;
    }

    @Override
    protected void refresh() {
        summary.set(band, OverviewPage.readiness(facts().quiz()));
        respondents.refresh();
        surveyResponses.refresh();
        quiz.refresh(facts().catalog().getQuizItems());
        motivation.refresh();
        survey.refresh(readiness() == null ? List.of() : facts().catalog().getSurveyItems());
        competencies.refresh();
    }

    /** The band as the page states it, for tests. */
    public String band() {
        return band.getText();
    }

    /** The quiz grid, for tests. */
    public TableViewer quiz() {
        return quiz.viewer();
    }

    @Override
    public boolean shows(EObject element) {
        return element instanceof ReadinessAssessment || element instanceof Respondent || element instanceof QuizAnswer
                || element instanceof MotivationAnswer || element instanceof CompetencyAssessment
                || element instanceof SurveyResponse;
    }

    @Override
    public void reveal(Collection<?> elements) {
        if (!respondents.reveal(elements) && !motivation.reveal(elements) && !competencies.reveal(elements)) {
            surveyResponses.reveal(elements);
        }
    }
}
