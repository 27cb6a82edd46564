package org.peerplan.core.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.peerplan.core.readiness.MotivationResult;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.MotivationAnswer;
import org.peerplan.model.ReadinessAssessment;
import org.peerplan.model.catalog.MotivationQuestionDef;

/**
 * R29: the motivation self-assessment is complete, nothing was a struggle to answer, and the concerns do not clearly
 * outweigh the motivation; otherwise the agency should gather more information before implementing.
 */
final class R29MotivationSelfAssessment extends Rule {

    R29MotivationSelfAssessment() {
        super("R29", Area.READINESS, Strength.ADVISORY,
                Citations.cite(Citations.HANDBOOK, "Early Implementation: Building the Foundation"));
    }

    @Override
    public void check(RuleContext context) {
        MotivationResult result = context.motivation();
        if (!result.gatherMoreInformation()) {
            return;
        }
        ReadinessAssessment readiness = context.plan().getReadiness();
        List<MotivationQuestionDef> questions = context.catalog().getMotivationQuestions();
        List<String> problems = new ArrayList<>();
        if (result.unanswered() > 0) {
            List<String> codes = questions.stream().filter(q -> readiness.getMotivation().stream()
                    .noneMatch(a -> a.getQuestion() == q && !Wording.blank(a.getAnswer())))
                    .map(MotivationQuestionDef::getCode).toList();
            problems.add(Wording.count(result.unanswered(), "question is", "questions are") + " unanswered ("
                    + Wording.list(codes) + ")");
        }
        if (result.struggled() > 0) {
            List<String> codes = readiness.getMotivation().stream().filter(MotivationAnswer::isStruggled)
                    .map(a -> a.getQuestion().getCode()).toList();
            problems.add(Wording.count(result.struggled(), "answer is", "answers are") + " marked as a struggle ("
                    + Wording.list(codes) + ")");
        }
        if (result.concernsOutweighMotivation()) {
            problems.add("the concerns (MSA-4..6) run to " + result.concernWords() + " words against "
                    + result.motivationWords() + " for the motivation (MSA-1..3); the source gives no threshold for"
                    + " \"much more to say\", and PeerPlan's reading is more than " + MotivationResult.CONCERN_RATIO
                    + " times as many words");
        }
        context.report(readiness, "The motivation self-assessment says the agency is not ready to implement yet: "
                + String.join("; ", problems) + ". Gather more information and evaluate further before starting.");
    }
}
