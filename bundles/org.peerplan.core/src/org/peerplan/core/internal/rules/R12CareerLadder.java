package org.peerplan.core.internal.rules;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.PeerRole;

/** R12: each peer role has a career ladder: its own step and at least one step up. */
final class R12CareerLadder extends Rule {

    /**
     * PeerPlan's threshold: a ladder needs the role's own step and at least one to advance to; the source asks for
     * "a career ladder or advancement path" without a number.
     */
    private static final int MIN_STEPS = 2;

    private static final String EXAMPLES = "for instance senior peer specialist, peer program lead or supervisor,"
            + " client advocate or a seat on the quality improvement team";

    R12CareerLadder() {
        super("R12", Area.STAFFING, Strength.ADVISORY, Citations.cite(Citations.WISE, "COMPETENCY 6"));
    }

    @Override
    public void check(RuleContext context) {
        for (PeerRole role : context.plan().getRoles()) {
            int steps = role.getCareerLadder().size();
            if (steps == 0) {
                context.report(role, "The " + role.getTitle() + " role has no career ladder: define how peers can"
                        + " advance, " + EXAMPLES + ".");
            } else if (steps < MIN_STEPS) {
                context.report(role, "The " + role.getTitle() + " role's career ladder has only the step '"
                        + role.getCareerLadder().get(0).getTitle() + "': add at least one step to advance to, "
                        + EXAMPLES + ".");
            }
        }
    }
}
