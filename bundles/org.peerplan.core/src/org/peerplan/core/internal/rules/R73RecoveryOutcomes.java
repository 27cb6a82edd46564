package org.peerplan.core.internal.rules;

import java.util.List;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.OutcomeMeasure;

/** R73: the plan collects recovery-based outcomes, defined together with peers and people in recovery. */
final class R73RecoveryOutcomes extends Rule {

    R73RecoveryOutcomes() {
        super("R73", Area.CULTURE, Strength.ADVISORY, Citations.cite(Citations.WISE, "COMPETENCY 1 (Q1-12)"));
    }

    @Override
    public void check(RuleContext context) {
        ImplementationPlan plan = context.plan();
        List<OutcomeMeasure> recovery = plan.getOutcomes().stream().filter(OutcomeMeasure::isRecoveryBased).toList();
        if (recovery.isEmpty()) {
            context.report(plan, "The plan collects no recovery-based outcomes: define some, together with peers and"
                    + " people in recovery.");
            return;
        }
        for (OutcomeMeasure outcome : recovery) {
            if (!outcome.isDefinedWithPeers()) {
                context.report(outcome, "The recovery-based outcome '" + outcome.getName() + "' was not defined with"
                        + " peers: peers and people in recovery take part in defining outcomes.");
            }
        }
    }
}
