package org.peerplan.core.internal.rules;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.PeerRole;

/** R47: a peer position is not filled by re-titling an existing clinical employee. */
final class R47Retitling extends Rule {

    R47Retitling() {
        super("R47", Area.HIRING, Strength.ADVISORY, Citations.cite(Citations.HANDBOOK, "The Interview"));
    }

    @Override
    public void check(RuleContext context) {
        for (PeerRole role : context.plan().getRoles()) {
            if (role.isFilledByRetitling()) {
                context.report(role, "The " + role.getTitle() + " role is to be filled by re-titling an existing"
                        + " clinical employee, which usually means the same job under a new title: recruit for the"
                        + " role unless that person is already oriented to being a change agent and sharing their"
                        + " experience.");
            }
        }
    }
}
