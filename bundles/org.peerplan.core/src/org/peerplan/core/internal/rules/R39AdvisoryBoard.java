package org.peerplan.core.internal.rules;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.AdvisoryBoard;
import org.peerplan.model.Person;

/** R39: an advisory board that includes several people who receive, or have received, the agency's services. */
final class R39AdvisoryBoard extends Rule {

    /** "Several" people who receive services: PeerPlan reads it as at least two. */
    static final int MIN_SERVICE_USERS = 2;

    R39AdvisoryBoard() {
        super("R39", Area.READINESS, Strength.ADVISORY,
                Citations.cite(Citations.HANDBOOK, "Step 3 of Implementation: Developing a Timeline"));
    }

    @Override
    public void check(RuleContext context) {
        AdvisoryBoard board = context.plan().getAgency().getAdvisoryBoard();
        if (board == null) {
            context.report(context.plan().getAgency(), "The agency has no advisory board: set one up with several"
                    + " people who receive, or have received, its services to take part in the process.");
            return;
        }
        long named = board.getMembers().stream().filter(Person::isReceivesServices).count();
        long serviceUsers = Math.max(board.getServiceUserMembers(), named);
        if (serviceUsers < MIN_SERVICE_USERS) {
            String name = Wording.blank(board.getName()) ? "The advisory board" : "The " + board.getName();
            context.report(board, name + " has " + (serviceUsers == 0 ? "no member" : "only one member")
                    + " who receives services: include several, at least " + MIN_SERVICE_USERS + ".");
        }
    }
}
