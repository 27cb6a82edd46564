package org.peerplan.core.internal.rules;

import java.util.Set;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.CheckInFrequency;
import org.peerplan.model.PeerRole;
import org.peerplan.model.SupervisionPlan;

/**
 * R58: check-ins with each new peer at least monthly, and, once the plan has peer roles, occasional check-ins with
 * the non-peer staff who work alongside them.
 */
final class R58CheckInCadence extends Rule {

    private static final Set<CheckInFrequency> AT_LEAST_MONTHLY = Set.of(CheckInFrequency.WEEKLY,
            CheckInFrequency.BIWEEKLY, CheckInFrequency.MONTHLY);

    R58CheckInCadence() {
        super("R58", Area.ONBOARDING, Strength.EXPLICIT,
                Citations.cite(Citations.WISE, "Onboarding › First 90 Days"));
    }

    @Override
    public void check(RuleContext context) {
        for (PeerRole role : context.plan().getRoles()) {
            CheckInFrequency frequency = role.getCheckInFrequency();
            if (!AT_LEAST_MONTHLY.contains(frequency)) {
                String now = frequency == CheckInFrequency.NONE ? "has no scheduled check-ins"
                        : "checks in " + Wording.words(frequency);
                context.report(role, "The " + role.getTitle() + " role " + now + ": check in with each new peer"
                        + " weekly, biweekly or at least monthly, through the first 90 days and beyond.");
            }
        }
        SupervisionPlan supervision = context.plan().getSupervision();
        if (!context.plan().getRoles().isEmpty() && supervision.getNonPeerCheckIns() == CheckInFrequency.NONE) {
            context.report(supervision, "The supervision plan schedules no check-ins with non-peer staff: after peers"
                    + " are hired, check in occasionally with the staff who work alongside them.");
        }
    }
}
