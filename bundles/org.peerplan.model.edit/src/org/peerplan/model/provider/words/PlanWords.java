package org.peerplan.model.provider.words;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.peerplan.model.Accommodation;
import org.peerplan.model.AssessmentAnswer;
import org.peerplan.model.BudgetLine;
import org.peerplan.model.CategoryComment;
import org.peerplan.model.CollaborativeWorkPlan;
import org.peerplan.model.CompetencyAssessment;
import org.peerplan.model.DevelopmentPlanAnswer;
import org.peerplan.model.EvaluationEntry;
import org.peerplan.model.FunderConstraint;
import org.peerplan.model.MotivationAnswer;
import org.peerplan.model.PerformanceEvaluation;
import org.peerplan.model.Person;
import org.peerplan.model.PlanOfAction;
import org.peerplan.model.PlanningItemStatus;
import org.peerplan.model.PolicyFinding;
import org.peerplan.model.QuizAnswer;
import org.peerplan.model.Respondent;
import org.peerplan.model.RuleWaiver;
import org.peerplan.model.SupportProvision;
import org.peerplan.model.SurveyAnswer;
import org.peerplan.model.SurveyResponse;
import org.peerplan.model.TimelineBenchmark;
import org.peerplan.model.WellbeingPractice;
import org.peerplan.model.Why;
import org.peerplan.model.WorkPlanNeed;
import org.peerplan.model.WorkPlanStep;
import org.peerplan.model.catalog.CatalogItem;
import org.peerplan.model.catalog.Citation;
import org.peerplan.model.util.PeerPlanSwitch;

/**
 * Names plan elements the way a consultant would: "Elena Vasquez", "Board buy-in", "Several people back adding peer
 * roles. (Elena Vasquez): True", "Peer specialist wages: $48,000 (year 1)" — never a type prefix or a catalog code.
 * Elements with a name, title, description or text are called by it; answers and statuses by what they answer and
 * the answer; the parts of a plan that exist once by what they are ("Timeline").
 */
public final class PlanWords {

    private static final String[] NAMING_FEATURES = { "name", "title", "description", "text", "area" };

    private static final int SHORT = 80;

    private static final Texts TEXTS = new Texts();

    private PlanWords() {
    }

    public static String text(EObject element) {
        if (element instanceof CatalogItem item) {
            return item.getName() == null || item.getName().isBlank() ? shorten(item.getText()) : item.getName();
        }
        if (element instanceof Citation citation) {
            return ValueWords.of(citation.getDocument()) + ", " + citation.getSection();
        }
        String special = TEXTS.doSwitch(element);
        return special != null ? special : generic(element);
    }

    /** The element's own words, or what it refers to in the toolkit catalog, or what kind of thing it is. */
    private static String generic(EObject element) {
        for (String name : NAMING_FEATURES) {
            EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
            if (feature instanceof EAttribute && !feature.isMany() && element.eGet(feature) instanceof String text
                    && !text.isBlank()) {
                return shorten(text);
            }
        }
        for (EReference reference : element.eClass().getEAllReferences()) {
            if (!reference.isMany() && !reference.isContainment()
                    && element.eGet(reference, false) instanceof CatalogItem item && !item.eIsProxy()) {
                return text(item);
            }
        }
        boolean named = element.eClass().getEAllAttributes().stream()
                .anyMatch(a -> Arrays.asList(NAMING_FEATURES).contains(a.getName()));
        String type = Vocabulary.type(element.eClass());
        return named ? "Unnamed " + type.toLowerCase(Locale.ROOT) : type;
    }

    /**
     * Where an element sits in its plan, from the top: "Riverbend plan › Timeline › Recruitment › Post the job".
     */
    public static String place(EObject element) {
        Deque<String> path = new ArrayDeque<>();
        for (EObject at = element; at != null; at = at.eContainer()) {
            path.addFirst(text(at));
        }
        return String.join(" › ", path);
    }

    /** The first line of a text, cut at a word to fit a tree or a picker. */
    public static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= SHORT) {
            return line;
        }
        int cut = line.lastIndexOf(' ', SHORT - 1);
        return line.substring(0, cut > SHORT / 2 ? cut : SHORT - 1) + "…";
    }

    private static String person(Person person) {
        return person == null ? "nobody named" : text(person);
    }

    private static String of(EObject what, Object answer) {
        return (what == null ? "Not chosen" : text(what)) + ": " + ValueWords.of(answer);
    }

    /** The elements whose label is not just their own name. */
    private static final class Texts extends PeerPlanSwitch<String> {

        @Override
        public String caseRespondent(Respondent respondent) {
            return respondent.getPerson() == null ? Vocabulary.type(respondent.eClass()) : text(respondent.getPerson());
        }

        @Override
        public String caseQuizAnswer(QuizAnswer answer) {
            String statement = answer.getItem() == null ? "Not chosen" : shorten(answer.getItem().getText());
            String who = answer.eContainer() instanceof Respondent respondent ? " (" + caseRespondent(respondent) + ")"
                    : "";
            return statement + who + ": " + ValueWords.of(answer.getValue());
        }

        @Override
        public String caseMotivationAnswer(MotivationAnswer answer) {
            String question = answer.getQuestion() == null ? "Not chosen" : shorten(answer.getQuestion().getText());
            return answer.getAnswer() == null || answer.getAnswer().isBlank() ? question + ": not answered"
                    : question + ": " + shorten(answer.getAnswer());
        }

        @Override
        public String caseSurveyResponse(SurveyResponse response) {
            return response.getRespondent() == null || response.getRespondent().isBlank()
                    ? Vocabulary.type(response.eClass())
                    : response.getRespondent();
        }

        @Override
        public String caseSurveyAnswer(SurveyAnswer answer) {
            return of(answer.getItem(), answer.getValue());
        }

        @Override
        public String caseCompetencyAssessment(CompetencyAssessment assessment) {
            return of(assessment.getCompetency(), assessment.getRating());
        }

        @Override
        public String caseAssessmentAnswer(AssessmentAnswer answer) {
            return of(answer.getQuestion(), answer.getValue());
        }

        @Override
        public String casePolicyFinding(PolicyFinding finding) {
            return of(finding.getItem(), finding.getStatus());
        }

        @Override
        public String casePlanningItemStatus(PlanningItemStatus status) {
            return of(status.getItem(), status.getStatus());
        }

        @Override
        public String caseEvaluationEntry(EvaluationEntry entry) {
            return of(entry.getItem(), entry.getRating());
        }

        @Override
        public String caseDevelopmentPlanAnswer(DevelopmentPlanAnswer answer) {
            return of(answer.getItem(), answer.getAnswer());
        }

        @Override
        public String caseCategoryComment(CategoryComment comment) {
            return of(comment.getCategory(), shorten(comment.getComment()));
        }

        @Override
        public String caseTimelineBenchmark(TimelineBenchmark benchmark) {
            return (benchmark.getOrganization() == null ? "Another organization" : benchmark.getOrganization()) + ": "
                    + benchmark.getMonths() + " months";
        }

        @Override
        public String caseFunderConstraint(FunderConstraint constraint) {
            String funder = constraint.getFunder() == null ? "A funder" : constraint.getFunder();
            return constraint.getFirstPeerStartBy() == null ? funder
                    : funder + ": first peer by " + ValueWords.of(constraint.getFirstPeerStartBy());
        }

        @Override
        public String caseWhy(Why why) {
            return "Why? " + (why.getText() == null ? "" : shorten(why.getText()));
        }

        @Override
        public String caseBudgetLine(BudgetLine line) {
            String what = line.getDescription() != null && !line.getDescription().isBlank()
                    ? shorten(line.getDescription())
                    : ValueWords.of(line.getCategory());
            return what + ": " + (line.getAmount() == null ? "no amount" : ValueWords.money(line.getAmount()))
                    + " (year " + line.getYear() + ")";
        }

        @Override
        public String casePerformanceEvaluation(PerformanceEvaluation evaluation) {
            String when = evaluation.getDate() == null ? "" : ", " + ValueWords.of(evaluation.getDate());
            return "Evaluation of " + person(evaluation.getEmployee()) + when;
        }

        @Override
        public String caseCollaborativeWorkPlan(CollaborativeWorkPlan plan) {
            return "Work plan with " + person(plan.getEmployee());
        }

        @Override
        public String casePlanOfAction(PlanOfAction plan) {
            String area = plan.getArea() == null || plan.getArea().isBlank() ? "" : ": " + shorten(plan.getArea());
            return "Plan of action for " + person(plan.getEmployee()) + area;
        }

        @Override
        public String caseAccommodation(Accommodation accommodation) {
            return person(accommodation.getEmployee()) + ": " + shorten(accommodation.getDescription());
        }

        @Override
        public String caseSupportProvision(SupportProvision provision) {
            return ValueWords.of(provision.getTrigger()) + ": " + shorten(provision.getDescription());
        }

        @Override
        public String caseWellbeingPractice(WellbeingPractice practice) {
            return ValueWords.of(practice.getKind()) + ": " + shorten(practice.getDescription());
        }

        @Override
        public String caseWorkPlanNeed(WorkPlanNeed need) {
            return ValueWords.of(need.getType()) + ": " + shorten(need.getText());
        }

        @Override
        public String caseWorkPlanStep(WorkPlanStep step) {
            return ValueWords.of(step.getOwner()) + ": " + shorten(step.getText());
        }

        @Override
        public String caseRuleWaiver(RuleWaiver waiver) {
            return "Rule " + waiver.getRuleId() + " waived: " + shorten(waiver.getReason());
        }
    }
}
