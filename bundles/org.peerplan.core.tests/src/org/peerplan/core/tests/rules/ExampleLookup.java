package org.peerplan.core.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.Severity;
import org.peerplan.model.ImplementationPlan;

/** Elements of the example plan by their readable xmi:id, and the usual assertions on one rule's findings. */
final class ExampleLookup {

    private ExampleLookup() {
    }

    /** The element with {@code id} (such as {@code role-peer-recovery-coach}) in the plan's file. */
    static <T extends EObject> T get(ImplementationPlan plan, String id, Class<T> type) {
        EObject object = plan.eResource().getEObject(id);
        if (object == null) {
            throw new AssertionError("the example has no element " + id);
        }
        return type.cast(object);
    }

    /**
     * Asserts that the rule reports exactly one finding, at {@code severity}, on {@code element}, whose message
     * contains every one of {@code words}; returns it.
     */
    static Finding single(String ruleId, ImplementationPlan plan, Severity severity, EObject element,
            String... words) {
        List<Finding> findings = RuleHarness.findings(ruleId, plan);
        assertEquals(1, findings.size(), () -> ruleId + " findings: " + findings);
        Finding finding = findings.get(0);
        assertEquals(severity, finding.severity(), finding.message());
        assertEquals(element, finding.element(), finding.message());
        for (String word : words) {
            assertTrue(finding.message().contains(word), () -> "'" + word + "' not in: " + finding.message());
        }
        return finding;
    }

    static void none(String ruleId, ImplementationPlan plan) {
        assertEquals(List.of(), RuleHarness.findings(ruleId, plan));
    }
}
