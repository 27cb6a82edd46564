package org.peerplan.core.internal.rules;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.StateRule;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.PeerRole;

/** R51 (California): each peer role plans at least 20 hours of continuing education per two-year period. */
final class R51CaliforniaContinuingEducation extends StateRule {

    /** DHCS (Medi-Cal Peer Support Services Specialist Program): 20 hours every two years. */
    private static final double MIN_HOURS_PER_TWO_YEARS = 20;

    R51CaliforniaContinuingEducation() {
        super("R51", Area.TRAINING, Strength.EXPLICIT, Citations.cite(Citations.WEBINAR, "Continuing Education (CEUs)"),
                "CA");
    }

    @Override
    public void check(RuleContext context) {
        for (PeerRole role : context.plan().getRoles()) {
            double hours = role.getPlannedCeHoursPerTwoYears();
            if (hours < MIN_HOURS_PER_TWO_YEARS) {
                context.report(role, "The " + role.getTitle() + " role plans " + hours(hours) + " hours of continuing"
                        + " education per two years; in California, DHCS requires peer support specialists to"
                        + " complete at least 20 hours every two years.");
            }
        }
    }

    private static String hours(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours);
    }
}
