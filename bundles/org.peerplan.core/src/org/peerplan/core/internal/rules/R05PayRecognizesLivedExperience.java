package org.peerplan.core.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.PeerRole;

/** R5: the pay scale recognizes the value of lived experience, and the rate is benchmarked against other agencies. */
final class R05PayRecognizesLivedExperience extends Rule {

    R05PayRecognizesLivedExperience() {
        super("R5", Area.STAFFING, Strength.ADVISORY, Citations.cite(Citations.WISE, "PEER LEADERSHIP (PL-7)"));
    }

    @Override
    public void check(RuleContext context) {
        for (PeerRole role : context.plan().getRoles()) {
            List<String> gaps = new ArrayList<>();
            if (!role.isPayRecognizesLivedExperience()) {
                gaps.add("does not recognize the value of lived experience");
            }
            if (!role.isPayBenchmarked()) {
                gaps.add("has not been benchmarked against other organizations' rates");
            }
            if (!gaps.isEmpty()) {
                context.report(role, "The " + role.getTitle() + " role's pay " + String.join(" and ", gaps)
                        + ": ask other organizations what they pay peers and set a scale that values lived"
                        + " experience.");
            }
        }
    }
}
