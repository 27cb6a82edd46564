package org.peerplan.core.internal.rules;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.QuickFix;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.Duty;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.PeerRole;
import org.peerplan.model.catalog.ConflictingDutyDef;

/**
 * R11: peer positions carry no assigned caseload, neither through the role's caseload setting nor through a duty
 * flagged as, or worded like, carrying a caseload (CD-18).
 */
final class R11NoCaseload extends Rule {

    private static final String CASELOAD = "CD-18";

    R11NoCaseload() {
        super("R11", Area.STAFFING, Strength.ADVISORY, Citations.cite(Citations.HANDBOOK,
                "Understanding the Basics: Peer Support Values › Self-determination & Empowerment"));
    }

    @Override
    public void check(RuleContext context) {
        List<ConflictingDutyDef> caseload = DutyConflicts.withCodes(context.catalog(), List.of(CASELOAD));
        for (PeerRole role : context.plan().getRoles()) {
            if (role.isCaseload()) {
                context.report(role, "The " + role.getTitle() + " role carries an assigned caseload: people choose"
                        + " whether and how to use peer support, so peers should not have people assigned to them.",
                        dropCaseload(role));
            }
            for (Duty duty : role.getDuties()) {
                if (DutyConflicts.find(duty, caseload).isPresent()) {
                    context.report(duty, "The " + role.getTitle() + " role's duty '" + duty.getDescription()
                            + "' assigns people to the peer as a caseload: people choose whether and how to use peer"
                            + " support.", ConflictingDutyRule.remove(role, duty));
                }
            }
        }
    }

    private static QuickFix dropCaseload(PeerRole role) {
        return new QuickFix() {
            @Override
            public String label() {
                return "Plan the " + role.getTitle() + " role without an assigned caseload";
            }

            @Override
            public Command command(EditingDomain domain) {
                return SetCommand.create(domain, role, PeerPlanPackage.Literals.PEER_ROLE__CASELOAD, Boolean.FALSE);
            }
        };
    }
}
