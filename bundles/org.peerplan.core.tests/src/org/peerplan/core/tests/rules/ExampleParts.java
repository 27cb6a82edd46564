package org.peerplan.core.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.Severity;
import org.peerplan.model.ImplementationPlan;

/** Parts of the example plan by their readable identifiers, and the assertion the rule tests share. */
final class ExampleParts {

    private ExampleParts() {
    }

    /** The example's object with {@code xmi:id} {@code id}, such as {@code action-06} or {@code task-s1-t1}. */
    static <T extends EObject> T part(ImplementationPlan plan, String id, Class<T> type) {
        EObject object = plan.eResource().getEObject(id);
        if (object == null) {
            throw new AssertionError("the example has no object " + id);
        }
        return type.cast(object);
    }

    /** Asserts one finding, with the severity, on the element, whose message contains every one of the words. */
    static Finding single(List<Finding> findings, Severity severity, EObject element, String... words) {
        assertEquals(1, findings.size(), () -> "findings: " + findings.stream().map(Finding::message).toList());
        Finding finding = findings.get(0);
        assertEquals(severity, finding.severity(), finding.message());
        assertEquals(element, finding.element(), finding.message());
        for (String word : words) {
            assertTrue(finding.message().contains(word), () -> "'" + word + "' is not in: " + finding.message());
        }
        return finding;
    }
}
