package org.peerplan.core.internal.rules;

import java.util.List;
import java.util.stream.Stream;

import org.peerplan.core.validation.Rule;

/** Every rule PeerPlan checks, area by area in the order of DOMAIN §9. */
public final class AllRules {

    private AllRules() {
    }

    public static List<Rule> list() {
        return Stream.of(StaffingRules.all(), RoleRules.all(), ReadinessRules.all(), HiringRules.all(),
                TrainingRules.all(), OnboardingRules.all(), RootCauseRules.all(), CultureRules.all())
                .flatMap(List::stream).toList();
    }
}
