package org.peerplan.core.internal.rules;

import java.util.Optional;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.FindingStatus;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PolicyFinding;
import org.peerplan.model.catalog.PolicyCheckItemDef;

/** R36: each HR readiness item (PR-2A-1..PR-2C-3) is aligned or has an action that resolves it. */
final class R36HrReadiness extends Rule {

    R36HrReadiness() {
        super("R36", Area.READINESS, Strength.ADVISORY,
                Citations.cite(Citations.HANDBOOK, "Stage 2 of Implementation: Policy Review and Readiness"));
    }

    @Override
    public void check(RuleContext context) {
        ImplementationPlan plan = context.plan();
        for (PolicyCheckItemDef item : context.catalog().getPolicyChecklist()) {
            if (!item.isHrReadiness()) {
                continue;
            }
            Optional<PolicyFinding> finding = FoundationQueries.finding(plan, item);
            if (finding.isEmpty()) {
                context.report(plan.getPolicyReview(), "The policy review does not answer the HR readiness item "
                        + FoundationQueries.describe(item) + ": review it, and plan an action unless HR is ready.");
            } else if (finding.get().getStatus() != FindingStatus.ALIGNED
                    && FoundationQueries.actionsResolving(plan, finding.get()).isEmpty()) {
                context.report(finding.get(), "The HR readiness item " + FoundationQueries.describe(item) + " is "
                        + FoundationQueries.state(finding.get()) + " and no action resolves it: HR must be ready before"
                        + " peers are hired, so plan one.");
            }
        }
    }
}
