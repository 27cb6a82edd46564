package org.peerplan.core.internal.rules;

import java.util.List;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Severity;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.QuizAnswerValue;
import org.peerplan.model.ReadinessAssessment;
import org.peerplan.model.Respondent;
import org.peerplan.model.catalog.QuizItemDef;

/**
 * R26: every respondent answers all the readiness quiz items before the band is computed. A quiz nobody has taken
 * yet gets a note rather than an error: there is no band to distrust, and a new plan must validate.
 */
final class R26QuizAnswered extends Rule {

    R26QuizAnswered() {
        super("R26", Area.READINESS, Strength.EXPLICIT,
                Citations.cite(Citations.HANDBOOK, "Step 3 of Implementation: Developing a Timeline"));
    }

    @Override
    public void check(RuleContext context) {
        ReadinessAssessment readiness = context.plan().getReadiness();
        List<QuizItemDef> items = context.catalog().getQuizItems();
        if (readiness.getRespondents().isEmpty()) {
            context.report(Severity.INFO, readiness, "Nobody has answered the timeline readiness quiz yet, so no"
                    + " readiness band or minimum preparation horizon can be computed: have the people leading the"
                    + " change answer all " + items.size() + " items.");
            return;
        }
        for (Respondent respondent : readiness.getRespondents()) {
            List<String> unanswered = items.stream().filter(item -> !answered(respondent, item))
                    .map(QuizItemDef::getCode).toList();
            if (!unanswered.isEmpty()) {
                String who = respondent.getPerson() == null ? "A respondent" : respondent.getPerson().getName();
                context.report(respondent, who + " left " + unanswered.size() + " of the " + items.size()
                        + " readiness quiz items unanswered (" + Wording.list(unanswered) + "); unanswered items count"
                        + " as not True, so the band may understate readiness: answer every item before relying on"
                        + " it.");
            }
        }
    }

    private static boolean answered(Respondent respondent, QuizItemDef item) {
        return respondent.getAnswers().stream()
                .anyMatch(a -> a.getItem() == item && a.getValue() != QuizAnswerValue.UNANSWERED);
    }
}
