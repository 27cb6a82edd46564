package org.peerplan.core.internal.rules;

import java.util.Optional;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.PolicyReview;
import org.peerplan.model.RiskFactorMapping;
import org.peerplan.model.catalog.RiskFactorDef;

/** R74: each of the 13 psychosocial risk factors maps to an agency policy or practice, or to a planned action. */
final class R74RiskFactorsMapped extends Rule {

    R74RiskFactorsMapped() {
        super("R74", Area.CULTURE, Strength.INFERRED, Citations.cite(Citations.WISE,
                "Agency Policies and Practices that Address the 13 Psychosocial Risk Factors at Work"));
    }

    @Override
    public void check(RuleContext context) {
        PolicyReview review = context.plan().getPolicyReview();
        for (RiskFactorDef factor : context.catalog().getRiskFactors()) {
            Optional<RiskFactorMapping> mapping = review.getRiskFactors().stream()
                    .filter(m -> m.getFactor() == factor && (!m.getPolicies().isEmpty() || !m.getActions().isEmpty()))
                    .findFirst();
            if (mapping.isEmpty()) {
                RiskFactorMapping unlinked = review.getRiskFactors().stream().filter(m -> m.getFactor() == factor)
                        .findFirst().orElse(null);
                context.report(unlinked != null ? unlinked : review, "The psychosocial risk factor " + factor.getCode()
                        + " " + factor.getName() + " is addressed by no agency policy and no planned action: link it"
                        + " to a policy or practice, or plan an action.");
            }
        }
    }
}
