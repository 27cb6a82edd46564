package org.peerplan.core.internal.rules;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.PeerRole;

/**
 * R48: a role is not filled from too few applicants. Each role's minimum number of applicants before interviews
 * should be at least PeerPlan's floor.
 */
final class R48ApplicantPool extends Rule {

    /**
     * The source warns against hiring one of the first applicants "because few applied" but gives no number; PeerPlan
     * asks for at least five, so that the panel compares candidates rather than takes whoever came.
     */
    static final int MIN_APPLICANTS = 5;

    R48ApplicantPool() {
        super("R48", Area.HIRING, Strength.ADVISORY, Citations.cite(Citations.HANDBOOK, "The Interview"));
    }

    @Override
    public void check(RuleContext context) {
        for (PeerRole role : context.plan().getRoles()) {
            int minimum = role.getMinimumApplicants();
            if (minimum < MIN_APPLICANTS) {
                context.report(role, "The " + role.getTitle() + " role " + (minimum <= 0
                        ? "sets no minimum number of applicants" : "would hire from as few as " + minimum
                                + (minimum == 1 ? " applicant" : " applicants"))
                        + " (PeerPlan suggests at least " + MIN_APPLICANTS + "): it is far easier to leave the job"
                        + " unfilled for a while than to hire a poor match.");
            }
        }
    }
}
