package org.peerplan.core.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.Severity;
import org.peerplan.model.ImplementationPlan;

/** Assertions on a rule's findings: how many, how severe, about which element, and what the message says. */
final class Expect {

    private Expect() {
    }

    /** The rule's single finding on the plan, checked for severity, element and the key words of its message. */
    static Finding one(String ruleId, ImplementationPlan plan, Severity severity, EObject element, String... words) {
        List<Finding> findings = RuleHarness.findings(ruleId, plan);
        assertEquals(1, findings.size(), () -> ruleId + " findings: " + findings);
        Finding finding = findings.get(0);
        assertEquals(severity, finding.severity(), finding.message());
        assertSame(element, finding.element(), finding.message());
        says(finding, words);
        return finding;
    }

    static void says(Finding finding, String... words) {
        for (String word : words) {
            assertTrue(finding.message().contains(word), () -> "'" + word + "' is missing from: " + finding.message());
        }
    }

    static void none(String ruleId, ImplementationPlan plan) {
        assertEquals(List.of(), RuleHarness.findings(ruleId, plan).stream().map(Finding::message).toList());
    }
}
