package org.peerplan.core.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * One problem found in a plan.
 *
 * @param ruleId   the rule that found it, such as {@code R25}, or {@link PlanChecker#STRUCTURE} for structural checks
 * @param message  what is wrong, naming the element in the consultant's words
 * @param element  the plan element the finding is about
 * @param citation where the rule comes from, or {@code null} for structural checks
 * @param fixes    mechanical remedies, possibly none
 */
public record Finding(Severity severity, String ruleId, Area area, String message, EObject element, String citation,
        List<QuickFix> fixes) {

    public Finding {
        fixes = List.copyOf(fixes);
    }
}
