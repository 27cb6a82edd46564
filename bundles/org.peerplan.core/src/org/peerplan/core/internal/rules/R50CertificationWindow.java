package org.peerplan.core.internal.rules;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.QuickFix;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.PeerRole;

/**
 * R50: a role that requires a certification (CPS, WRAP facilitation…) expects it before hire (0 months) or within
 * six months of hire.
 */
final class R50CertificationWindow extends Rule {

    /** The source's limit: trained or certified before hire or within the first six months. */
    static final int MAX_MONTHS = 6;

    R50CertificationWindow() {
        super("R50", Area.TRAINING, Strength.ADVISORY,
                Citations.cite(Citations.HANDBOOK, "Additional Misperceptions"));
    }

    @Override
    public void check(RuleContext context) {
        for (PeerRole role : context.plan().getRoles()) {
            int months = role.getCertificationWithinMonths();
            if (role.getCertification() == null || role.getCertification().isBlank()
                    || (months >= 0 && months <= MAX_MONTHS)) {
                continue;
            }
            String when = months < 0 ? "an impossible time frame (" + months + " months)"
                    : "within " + months + " months of hire";
            context.report(role, "The " + role.getTitle() + " role requires the " + role.getCertification() + " "
                    + when + ": peers should be trained or certified before hire or within " + MAX_MONTHS
                    + " months.", withinSixMonths(role));
        }
    }

    private static QuickFix withinSixMonths(PeerRole role) {
        return new QuickFix() {
            @Override
            public String label() {
                return "Require the certification within " + MAX_MONTHS + " months of hire for " + role.getTitle();
            }

            @Override
            public Command command(EditingDomain domain) {
                return SetCommand.create(domain, role, PeerPlanPackage.Literals.PEER_ROLE__CERTIFICATION_WITHIN_MONTHS,
                        MAX_MONTHS);
            }
        };
    }
}
