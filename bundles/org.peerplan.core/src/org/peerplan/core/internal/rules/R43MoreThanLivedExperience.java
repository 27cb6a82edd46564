package org.peerplan.core.internal.rules;

import java.util.EnumSet;
import java.util.Set;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.InterviewQuestionBank;
import org.peerplan.model.PeerRole;

/**
 * R43: lived experience is not the only qualification. The job description requires another job-related skill or
 * competency, or the interview assesses one.
 */
final class R43MoreThanLivedExperience extends Rule {

    /** The interview banks that assess skill, fit or knowledge rather than lived experience. */
    static final Set<InterviewQuestionBank> SKILL_BANKS = EnumSet.of(InterviewQuestionBank.PEER_SKILL,
            InterviewQuestionBank.SETTING_DEPENDABILITY, InterviewQuestionBank.ADDITIONAL_TOPICS,
            InterviewQuestionBank.SCENARIO);

    R43MoreThanLivedExperience() {
        super("R43", Area.HIRING, Strength.EXPLICIT,
                Citations.cite(Citations.HANDBOOK, "Top Ten Misconceptions About Peer Work #3"));
    }

    @Override
    public void check(RuleContext context) {
        for (PeerRole role : context.plan().getRoles()) {
            boolean required = role.getJobDescription() != null && role.getJobDescription().getQualifications()
                    .stream().anyMatch(q -> q.isRequired() && !q.isLivedExperience() && !Wording.blank(q.getText()));
            boolean assessed = role.getInterview() != null
                    && role.getInterview().getQuestions().stream().anyMatch(q -> SKILL_BANKS.contains(q.getBank()));
            if (!required && !assessed) {
                context.report(role, "The " + role.getTitle() + " role asks for nothing but lived experience, which is"
                        + " necessary but not sufficient: require at least one other job-related skill or competency,"
                        + " or assess one in the interview.");
            }
        }
    }
}
