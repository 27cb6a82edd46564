package org.peerplan.core.internal.rules;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.PeerRole;
import org.peerplan.model.Person;

/** R6: every peer role has a supervisor, and its professional-development supervision comes from a peer. */
final class R06PeerProfessionalDevelopment extends Rule {

    R06PeerProfessionalDevelopment() {
        super("R6", Area.STAFFING, Strength.EXPLICIT,
                Citations.cite(Citations.HANDBOOK, "Stage 2 of Implementation › Identify appropriate supervisors"));
    }

    @Override
    public void check(RuleContext context) {
        for (PeerRole role : context.plan().getRoles()) {
            Person supervisor = role.getProfessionalDevelopmentSupervisor();
            if (role.getAdministrativeSupervisor() == null && supervisor == null) {
                context.report(role, "The " + role.getTitle() + " role has no supervisor.");
            } else if (supervisor == null) {
                context.report(role, "The " + role.getTitle() + " role has no professional-development supervisor:"
                        + " at least that part of supervision must come from a more experienced peer worker, on staff,"
                        + " contracted, remote or through a sub-contract.");
            } else if (!supervisor.isPeer()) {
                context.report(role, "The " + role.getTitle() + " role's professional-development supervisor, "
                        + supervisor.getName() + ", has not worked in a peer role: that part of supervision must come"
                        + " from a more experienced peer worker, on staff, contracted, remote or through a sub-contract.");
            }
        }
    }
}
