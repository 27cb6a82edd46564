package org.peerplan.core.internal.rules;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.PeerRole;
import org.peerplan.model.Person;

/**
 * R9: where the agency bills Medicaid for peer services, each peer role's administrative supervisor holds a
 * master's-level mental-health credential, and the plan documents (through the trained-in-the-peer-role flag) that
 * this person understands peer values.
 */
final class R09MedicaidAdministrativeSupervisor extends Rule {

    R09MedicaidAdministrativeSupervisor() {
        super("R9", Area.STAFFING, Strength.EXPLICIT,
                Citations.cite(Citations.HANDBOOK, "Stage 2 of Implementation › Identify appropriate supervisors"));
    }

    @Override
    public void check(RuleContext context) {
        if (!context.plan().getAgency().isBillsMedicaidForPeerServices()) {
            return;
        }
        for (PeerRole role : context.plan().getRoles()) {
            Person supervisor = role.getAdministrativeSupervisor();
            String billed = "The agency bills Medicaid for peer services, ";
            if (supervisor == null) {
                context.report(role, billed + "but the " + role.getTitle() + " role has no administrative supervisor:"
                        + " Medicaid requires one with a master's-level mental-health credential.");
            } else if (!supervisor.isMastersLevelClinician()) {
                context.report(role, billed + "but the " + role.getTitle() + " role's administrative supervisor, "
                        + PeerSupervisors.name(supervisor) + ", has no master's-level mental-health credential,"
                        + " which Medicaid requires.");
            } else if (!supervisor.isTrainedInPeerRole()) {
                context.report(role, billed + "and the " + role.getTitle() + " role's administrative supervisor, "
                        + PeerSupervisors.name(supervisor) + ", must understand peer values, but the plan does not"
                        + " record training in the peer role.");
            }
        }
    }
}
