package org.peerplan.core.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Severity;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.Agency;
import org.peerplan.model.PayPattern;
import org.peerplan.model.PeerRole;

/**
 * R4: peer pay is at least a living wage (explicit: an error); it is not the lowest wage in the organization and
 * ideally not the entry-level direct-support rate (advisory: warnings). The rate or the role's recorded pay pattern
 * can show either of the advisory problems.
 */
final class R04LivingWage extends Rule {

    R04LivingWage() {
        super("R4", Area.STAFFING, Strength.EXPLICIT, Citations.cite(Citations.WISE, "introduction, guideline 3")
                + "; " + Citations.cite(Citations.HANDBOOK, "Setting Pay Rates"));
    }

    @Override
    public void check(RuleContext context) {
        Agency agency = context.plan().getAgency();
        if (!context.plan().getRoles().isEmpty() && agency.getLivingWageHourly() == null) {
            context.report(Severity.WARNING, agency, "The agency's living wage is not recorded, so peer pay cannot be"
                    + " checked against it: record the local living wage per hour.");
        }
        for (PeerRole role : context.plan().getRoles()) {
            BigDecimal rate = role.getHourlyRate();
            String pays = "The " + role.getTitle() + " role pays " + (rate == null ? "" : dollars(rate) + " an hour, ");
            if (rate == null) {
                context.report(Severity.WARNING, role, "The " + role.getTitle() + " role has no hourly rate, so its"
                        + " pay cannot be checked against the living wage.");
            } else if (agency.getLivingWageHourly() != null && rate.compareTo(agency.getLivingWageHourly()) < 0) {
                context.report(role, pays + "below the living wage of " + dollars(agency.getLivingWageHourly())
                        + ": peers must make a living wage.");
            }
            if (role.getPayPattern() == PayPattern.LOWEST_IN_ORG || atOrBelow(rate, agency.getLowestHourlyRate())) {
                context.report(Severity.WARNING, role, pays + "the lowest wage in the organization: that tells peers"
                        + " and everyone around them that the work is less valuable.");
            } else if (role.getPayPattern() == PayPattern.EQUAL_ENTRY_LEVEL
                    || atOrBelow(rate, agency.getEntryLevelDirectSupportRate())) {
                context.report(Severity.WARNING, role, pays + "no more than the entry-level direct-support rate:"
                        + " most peer jobs need substantial skill and confidence and should not be paid as entry"
                        + " level.");
            }
        }
    }

    private static boolean atOrBelow(BigDecimal rate, BigDecimal threshold) {
        return rate != null && threshold != null && rate.compareTo(threshold) <= 0;
    }

    private static String dollars(BigDecimal amount) {
        return "$" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
