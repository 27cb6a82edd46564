package org.peerplan.core.internal.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.InterviewQuestion;
import org.peerplan.model.PeerRole;

/**
 * R44: no interview question asks what the ADA forbids before a conditional offer: the nature or severity of a
 * diagnosis, hospitalization, medication, medical leave, when someone was last sick, or a disability. A keyword check:
 * a question that merely mentions one of the words is reported for the consultant to reword.
 */
final class R44AdaInterviewQuestions extends Rule {

    /** Lower-case word stems that mark a question as asking about health history or disability. */
    static final List<String> FORBIDDEN = List.of("diagnos", "hospitaliz", "hospitalis", "medication",
            "last sick", "were you sick", "been sick", "sick leave", "sick days", "medical leave", "medical history",
            "disabilit", "psychiatric history", "treatment history", "workers' comp", "workers comp");

    R44AdaInterviewQuestions() {
        super("R44", Area.HIRING, Strength.EXPLICIT, Citations.cite(Citations.HANDBOOK, "The Interview"));
    }

    @Override
    public void check(RuleContext context) {
        for (PeerRole role : context.plan().getRoles()) {
            if (role.getInterview() == null) {
                continue;
            }
            for (InterviewQuestion question : role.getInterview().getQuestions()) {
                forbidden(question.getText()).ifPresent(word -> context.report(question, "The " + role.getTitle()
                        + " interview question \"" + question.getText().strip() + "\" touches on '" + word + "': before"
                        + " a conditional offer the ADA forbids questions about diagnosis, hospitalization, medication,"
                        + " medical leave or when someone was last sick; ask about the job's essential functions or"
                        + " dependability instead."));
            }
        }
    }

    static Optional<String> forbidden(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        return FORBIDDEN.stream().filter(lower::contains).findFirst();
    }
}
