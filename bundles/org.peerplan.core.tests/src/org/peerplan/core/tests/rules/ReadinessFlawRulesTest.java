package org.peerplan.core.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peerplan.core.tests.rules.RuleHarness.domain;
import static org.peerplan.core.tests.rules.RuleHarness.example;
import static org.peerplan.core.tests.rules.RuleHarness.execute;
import static org.peerplan.core.tests.rules.RuleHarness.findings;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.Severity;
import org.peerplan.model.ImplementationPlan;

/** R25, R27 and R28 on the example, which breaks each of them once, and on plans mended to pass. */
class ReadinessFlawRulesTest {

    @Test
    void r25FlagsAHorizonShorterThanTheBandMinimum() {
        List<Finding> findings = findings("R25", example());
        assertEquals(1, findings.size());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("at least 12 months") && findings.get(0).message()
                .contains("allows 9 months"), findings.get(0).message());
    }

    @Test
    void r25PassesWhenTheFirstPeerStartsAfterTheMinimum() {
        ImplementationPlan plan = example();
        plan.getTimeline().setFirstPeerStart(LocalDate.of(2028, 1, 4));
        assertEquals(List.of(), findings("R25", plan));
    }

    @Test
    void r27OffersEachSpeedUpOptionAndTheFixClearsTheFinding() {
        ImplementationPlan plan = example();
        List<Finding> findings = findings("R27", plan);
        assertEquals(1, findings.size());
        assertEquals(3, findings.get(0).fixes().size());

        EditingDomain domain = domain(plan);
        execute(domain, findings.get(0).fixes().get(1).command(domain));
        assertEquals(List.of(), findings("R27", plan));
        domain.getCommandStack().undo();
        assertEquals(1, findings("R27", plan).size(), "undo brings the finding back");
    }

    @Test
    void r27PassesWhenNoFunderDeadlineCutsTheHorizon() {
        ImplementationPlan plan = example();
        plan.getAgency().getFunderConstraints().forEach(c -> c.setFirstPeerStartBy(LocalDate.of(2028, 3, 1)));
        assertEquals(List.of(), findings("R27", plan));
    }

    @Test
    void r28FlagsAnActionWithoutOwner() {
        List<Finding> findings = findings("R28", example());
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("has no owner"), findings.get(0).message());
    }

    @Test
    void r28PassesWhenEveryActionHasOwnerAndDate() {
        ImplementationPlan plan = example();
        plan.getActions().forEach(a -> a.setOwner(plan.getAgency().getPeople().get(0)));
        assertEquals(List.of(), findings("R28", plan));
    }
}
