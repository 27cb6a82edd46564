package org.peerplan.core.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.peerplan.model.ImplementationPlan;

/**
 * The EMF validator of the PeerPlan package: EMF's structural constraints on every object, and on the plan itself
 * the toolkits' rules. Each rule finding travels as a diagnostic whose data holds the element and the
 * {@link Finding}.
 */
final class PlanRulesValidator extends EObjectValidator {

    static final String SOURCE = "org.peerplan.core.rules";

    private final List<Rule> rules;

    private final RuleContext context;

    PlanRulesValidator(List<Rule> rules, RuleContext context) {
        this.rules = rules;
        this.context = context;
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> map) {
        boolean valid = super.validate(eClass, eObject, diagnostics, map);
        if (eObject instanceof ImplementationPlan) {
            for (Rule rule : rules) {
                for (Finding finding : context.run(rule)) {
                    valid = false;
                    if (diagnostics != null) {
                        diagnostics.add(new BasicDiagnostic(diagnosticSeverity(finding.severity()), SOURCE, 0,
                                finding.message(), new Object[] { finding.element(), finding }));
                    }
                }
            }
        }
        return valid;
    }

    private static int diagnosticSeverity(Severity severity) {
        return switch (severity) {
            case ERROR -> Diagnostic.ERROR;
            case WARNING -> Diagnostic.WARNING;
            case INFO -> Diagnostic.INFO;
        };
    }
}
