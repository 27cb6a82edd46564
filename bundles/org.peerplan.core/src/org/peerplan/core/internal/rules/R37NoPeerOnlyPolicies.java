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
import org.peerplan.model.Policy;

/** R37: no special HR or performance policies for peer roles only. */
final class R37NoPeerOnlyPolicies extends Rule {

    R37NoPeerOnlyPolicies() {
        super("R37", Area.READINESS, Strength.ADVISORY,
                Citations.cite(Citations.HANDBOOK, "Top Ten Misconceptions About Peer Work #9"));
    }

    @Override
    public void check(RuleContext context) {
        for (Policy policy : context.plan().getPolicyReview().getPolicies()) {
            if (policy.isPeerRolesOnly()) {
                context.report(policy, "The policy '" + policy.getName() + "' applies to peer roles only: special"
                        + " policies for peers breed resentment and say peers cannot meet the same standards, so make"
                        + " it consistent across all positions.", applyToAll(policy));
            }
        }
    }

    private static QuickFix applyToAll(Policy policy) {
        return new QuickFix() {
            @Override
            public String label() {
                return "Apply the policy '" + policy.getName() + "' to all positions";
            }

            @Override
            public Command command(EditingDomain domain) {
                return SetCommand.create(domain, policy, PeerPlanPackage.Literals.POLICY__PEER_ROLES_ONLY, false);
            }
        };
    }
}
