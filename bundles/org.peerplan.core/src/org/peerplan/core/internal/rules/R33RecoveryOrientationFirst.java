package org.peerplan.core.internal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.Action;
import org.peerplan.model.ActionStatus;
import org.peerplan.model.FindingStatus;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PolicyFinding;
import org.peerplan.model.catalog.PolicyCheckItemDef;

/**
 * R33: recovery orientation comes before peers. The vision, mission and values findings (PR-1a..c) are aligned, or
 * every action that resolves them is done or due before the first peer starts.
 */
final class R33RecoveryOrientationFirst extends Rule {

    R33RecoveryOrientationFirst() {
        super("R33", Area.READINESS, Strength.ADVISORY,
                Citations.cite(Citations.HANDBOOK, "Early Implementation (Experts by Experience quote)"));
    }

    @Override
    public void check(RuleContext context) {
        ImplementationPlan plan = context.plan();
        LocalDate firstPeer = plan.getTimeline().getFirstPeerStart();
        for (PolicyCheckItemDef item : context.catalog().getPolicyChecklist()) {
            if (!item.isRecoveryOrientation()) {
                continue;
            }
            Optional<PolicyFinding> finding = FoundationQueries.finding(plan, item);
            if (finding.isEmpty()) {
                context.report(plan.getPolicyReview(), "The policy review does not answer "
                        + FoundationQueries.describe(item) + ": the agency's recovery orientation must be settled"
                        + " before peers are introduced.");
                continue;
            }
            if (finding.get().getStatus() == FindingStatus.ALIGNED) {
                continue;
            }
            String what = "Policy finding " + FoundationQueries.describe(item) + " is "
                    + FoundationQueries.state(finding.get());
            List<Action> actions = FoundationQueries.actionsResolving(plan, finding.get());
            List<String> late = actions.stream().filter(a -> late(a, firstPeer))
                    .map(a -> "'" + a.getTitle() + "' (" + (a.getDue() == null ? "no due date"
                            : a.getStatus() == ActionStatus.DEFERRED ? "deferred" : "due " + a.getDue()) + ")")
                    .toList();
            if (actions.isEmpty()) {
                context.report(finding.get(), what + " and no action resolves it: peers should not be used to"
                        + " introduce recovery, so settle it, or link an action that does, before the first peer"
                        + " starts.");
            } else if (!late.isEmpty()) {
                context.report(finding.get(), what + ", and the action" + (late.size() == 1 ? " " : "s ")
                        + Wording.list(late) + " will not settle it before the first peer starts"
                        + (firstPeer == null ? "" : " on " + firstPeer)
                        + ": recovery orientation must come before peers are introduced.");
            }
        }
    }

    private static boolean late(Action action, LocalDate firstPeer) {
        if (action.getStatus() == ActionStatus.DONE) {
            return false;
        }
        return action.getStatus() == ActionStatus.DEFERRED || action.getDue() == null
                || firstPeer != null && !action.getDue().isBefore(firstPeer);
    }
}
