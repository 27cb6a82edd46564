package org.peerplan.core.internal.rules;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.PeerRole;
import org.peerplan.model.Person;

/** R2: every peer position reports directly to a high-level administrator. */
final class R02ReportsToAdministrator extends Rule {

    R02ReportsToAdministrator() {
        super("R2", Area.STAFFING, Strength.EXPLICIT, Citations.cite(Citations.WISE, "introduction, guideline 4"));
    }

    @Override
    public void check(RuleContext context) {
        for (PeerRole role : context.plan().getRoles()) {
            Person manager = role.getReportsTo();
            if (manager == null) {
                context.report(role, "The " + role.getTitle() + " role has no reporting line: peer positions report"
                        + " directly to a high-level administrator.");
            } else if (!manager.isHighLevelAdministrator()) {
                context.report(role, "The " + role.getTitle() + " role reports to " + PeerSupervisors.name(manager)
                        + ", who is not a high-level administrator: peer positions report directly to a member of"
                        + " the leadership team.");
            }
        }
    }
}
