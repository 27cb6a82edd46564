package org.peerplan.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.completeness.AreaCompleteness;
import org.peerplan.core.completeness.Need;
import org.peerplan.core.completeness.PlanArea;
import org.peerplan.core.completeness.PlanCompleteness;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.plan.NewPlanFactory;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.PeerRole;

/** What a plan still lacks, area by area, with who should supply it. */
class PlanCompletenessTest {

    @Test
    void aNewPlanSaysWhatItLacksAndWhoSuppliesIt() throws IOException {
        ImplementationPlan plan = newPlan();
        PlanCompleteness completeness = PlanCompleteness.of(plan);

        assertFalse(completeness.complete());
        assertEquals(PlanArea.values().length, completeness.areas().size(), "every area, in order");
        assertTrue(completeness.area(PlanArea.TIMELINE).needs().contains(new Need(PlanArea.TIMELINE,
                "the first peer's start date", "the executive director, with the consultant")));
        assertTrue(completeness.area(PlanArea.AGENCY).needs().stream()
                .anyMatch(n -> n.what().equals("the name of who prepares the plan")));
        assertTrue(completeness.area(PlanArea.READINESS).needs().stream()
                .anyMatch(n -> n.what().equals("ratings of the agency competencies (11 of 11 missing)")),
                completeness.area(PlanArea.READINESS).needs().toString());
        AreaCompleteness policy = completeness.area(PlanArea.POLICY_REVIEW);
        assertEquals(0, policy.present());
        assertEquals(11, policy.expected(), "each of the policy review's questions counts");
        assertEquals(1.0, completeness.area(PlanArea.TIMELINE).share() * 2, 1e-9, "the plan start is set");
    }

    @Test
    void aFactOnceSuppliedIsNoLongerANeed() throws IOException {
        ImplementationPlan plan = newPlan();
        plan.getTimeline().setFirstPeerStart(LocalDate.of(2027, 10, 4));
        plan.setConsultant("Jordan Ellis");
        PeerRole role = PeerPlanFactory.eINSTANCE.createPeerRole();
        role.setTitle("Peer Support Specialist");
        role.setFte(1);
        plan.getRoles().add(role);

        PlanCompleteness completeness = PlanCompleteness.of(plan);
        assertTrue(completeness.area(PlanArea.TIMELINE).complete());
        assertTrue(completeness.area(PlanArea.AGENCY).complete());
        List<Need> roles = completeness.area(PlanArea.ROLES).needs();
        assertEquals(List.of("the hourly rate of each peer role"), roles.stream().map(Need::what).toList(),
                "one role, its FTE given, its rate not");
        role.setHourlyRate(new BigDecimal("24.50"));
        assertTrue(PlanCompleteness.of(plan).area(PlanArea.ROLES).complete());
    }

    @Test
    void theExampleLacksNothingItsDocumentsDrawOn() throws IOException {
        ImplementationPlan example = new PlanStore().load(Plans.example());
        assertEquals(List.of(), PlanCompleteness.of(example).needs());
    }

    private static ImplementationPlan newPlan() throws IOException {
        return new NewPlanFactory(ToolkitCatalog.in(PlanStore.newResourceSet())).create("Hillside", "OR",
                LocalDate.of(2027, 1, 4));
    }
}
