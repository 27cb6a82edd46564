package org.peerplan.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.PlanChecker;
import org.peerplan.core.validation.Severity;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.Respondent;

/** Structural checks name the element in the consultant's words. */
class PlanCheckerTest {

    @Test
    void exampleIsStructurallySound() throws IOException {
        ImplementationPlan plan = new PlanStore().load(Plans.example());
        List<Finding> findings = new PlanChecker().check(plan).findings().stream()
                .filter(f -> f.ruleId().equals(PlanChecker.STRUCTURE)).toList();
        assertTrue(findings.isEmpty(), () -> "structural findings in the example: " + findings);
    }

    @Test
    void aRespondentWithoutAPersonIsAnError() throws IOException {
        ImplementationPlan plan = new PlanStore().load(Plans.example());
        Respondent respondent = PeerPlanFactory.eINSTANCE.createRespondent();
        plan.getReadiness().getRespondents().add(respondent);

        List<Finding> findings = new PlanChecker().check(plan).findings().stream()
                .filter(f -> f.ruleId().equals(PlanChecker.STRUCTURE)).toList();
        assertEquals(1, findings.size(), () -> findings.toString());
        Finding finding = findings.get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(PlanChecker.STRUCTURE, finding.ruleId());
        assertEquals(respondent, finding.element());
        assertTrue(finding.message().contains("'person'") && finding.message().contains("'respondent'"),
                finding.message());
    }
}
