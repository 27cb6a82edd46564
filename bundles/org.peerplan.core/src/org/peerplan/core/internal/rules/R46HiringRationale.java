package org.peerplan.core.internal.rules;

import java.util.List;
import java.util.regex.Pattern;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.PeerRole;

/**
 * R46: the hiring rationale is never that the job will help the candidate's own recovery. The patterns look for the
 * job or work helping "his", "her", "their" or the candidate's recovery, and leave alone rationales about the people
 * the peers will support ("peer roles help people in their recovery").
 */
final class R46HiringRationale extends Rule {

    static final List<Pattern> OWN_RECOVERY = List.of(
            Pattern.compile("\\b(?:job|work|working|employment|position|role|hiring)\\b(?:\\s+[\\w']+){0,3}?\\s+"
                    + "(?:help|aid|support|benefit|boost|further|advance|strengthen|be good for|is good for|be part of"
                    + "|is part of)\\w*\\s+(?:with\\s+|in\\s+)?(?:his|her|their|the candidate'?s|the applicant'?s)"
                    + "\\s+(?:own\\s+)?recovery", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:candidate|applicant|new hire|employee)(?:'s|’s)\\s+(?:own\\s+)?recovery",
                    Pattern.CASE_INSENSITIVE));

    R46HiringRationale() {
        super("R46", Area.HIRING, Strength.EXPLICIT,
                Citations.cite(Citations.HANDBOOK, "Top Ten Misconceptions About Peer Work #2"));
    }

    @Override
    public void check(RuleContext context) {
        for (PeerRole role : context.plan().getRoles()) {
            String rationale = role.getHiringRationale();
            if (rationale != null && OWN_RECOVERY.stream().anyMatch(p -> p.matcher(rationale).find())) {
                context.report(role, "The " + role.getTitle() + " role's hiring rationale says the job will help the"
                        + " candidate's own recovery: what the work might do for someone's recovery must play no part"
                        + " in hiring; hire for the skills and values the role needs.");
            }
        }
    }
}
