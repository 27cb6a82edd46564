package org.peerplan.core.internal.rules;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.Accommodation;

/**
 * R65: reasonable accommodations are recorded apart from performance standards (the model keeps them in their own
 * list, so that part always holds) and never lower expectations.
 */
final class R65AccommodationNotLowering extends Rule {

    R65AccommodationNotLowering() {
        super("R65", Area.ONBOARDING, Strength.ADVISORY, Citations.cite(Citations.HANDBOOK, "Stage 2"));
    }

    @Override
    public void check(RuleContext context) {
        for (Accommodation accommodation : context.plan().getPerformance().getAccommodations()) {
            if (accommodation.isLowersExpectations()) {
                String what = accommodation.getDescription() == null || accommodation.getDescription().isBlank()
                        ? "An accommodation" : "The accommodation '" + accommodation.getDescription() + "'";
                context.report(accommodation, what + " for " + PerformanceLookups.name(accommodation.getEmployee())
                        + " lowers expectations: an accommodation changes how the work is done, while the performance"
                        + " standards stay those of every employee in the position.");
            }
        }
    }
}
