package org.peerplan.core.internal.rules;

import java.util.List;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.FindingStatus;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PolicyFinding;
import org.peerplan.model.PolicyReview;

/**
 * R34: the policy review answers every checklist item, and every finding that needs revision or is a barrier is
 * resolved by an action or analysed in a root-cause analysis.
 */
final class R34PolicyReviewComplete extends Rule {

    R34PolicyReviewComplete() {
        super("R34", Area.READINESS, Strength.INFERRED,
                Citations.cite(Citations.HANDBOOK, "Stage 2 of Implementation: Policy Review and Readiness"));
    }

    @Override
    public void check(RuleContext context) {
        ImplementationPlan plan = context.plan();
        PolicyReview review = plan.getPolicyReview();
        List<String> open = context.catalog().getPolicyChecklist().stream()
                .filter(item -> FoundationQueries.finding(plan, item)
                        .map(f -> f.getStatus() == FindingStatus.NOT_REVIEWED).orElse(true))
                .map(item -> item.getCode()).toList();
        if (!open.isEmpty()) {
            context.report(review, "The policy review is incomplete: " + Wording.list(open) + " "
                    + (open.size() == 1 ? "has" : "have") + " not been reviewed. Answer every checklist item.");
        }
        for (PolicyFinding finding : review.getFindings()) {
            if ((finding.getStatus() == FindingStatus.NEEDS_REVISION || finding.getStatus() == FindingStatus.BARRIER)
                    && FoundationQueries.actionsResolving(plan, finding).isEmpty()
                    && plan.getRootCauseAnalyses().stream().noneMatch(a -> a.getRelatedFindings().contains(finding))) {
                context.report(finding, "Policy finding " + FoundationQueries.describe(finding.getItem())
                        + " is " + FoundationQueries.state(finding) + ", but no action resolves it and no"
                        + " root-cause analysis takes it up: link an action or analyse it.");
            }
        }
    }
}
