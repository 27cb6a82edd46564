package org.peerplan.core.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * One problem found in a plan.
 *
 * @param ruleId   the rule that found it, such as {@code R25}, or {@link PlanChecker#STRUCTURE} for structural checks
 * @param element  the plan element the finding is about
 * @param citation where the rule comes from, or {@code null} for structural checks
 */
public record Finding(Severity severity, String ruleId, String message, EObject element, String citation) {
}
