package org.peerplan.core.internal.rules;

import java.util.List;

import org.peerplan.core.validation.Rule;

/** The rules of DOMAIN §9's area "Staffing structure and reporting", and PeerPlan's own on consent to be named. */
final class StaffingRules {

    private StaffingRules() {
    }

    static List<Rule> all() {
        return List.of(
                new R01PeersPerProgram(),
                new R02ReportsToAdministrator(),
                new R03PeerLeadershipPosition(),
                new R04LivingWage(),
                new R05PayRecognizesLivedExperience(),
                new R06PeerProfessionalDevelopment(),
                new R07SupervisorTrainedInPeerRole(),
                new R08PeerSupervisorTraining(),
                new R09MedicaidAdministrativeSupervisor(),
                new R10PeerInteraction(),
                new R11NoCaseload(),
                new R12CareerLadder(),
                new R13PeerInputIntoPolicy(),
                new P01ConsentToBeNamed());
    }
}
