package org.peerplan.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.peerplan.core.plan.Labels;
import org.peerplan.model.ImplementationPlan;

/** Runs the structural checks on a plan and returns its findings, errors first. */
public final class PlanChecker {

    /** The rule id of structural findings. */
    public static final String STRUCTURE = "STRUCTURE";

    private final Diagnostician diagnostician = new Diagnostician() {
        @Override
        public String getObjectLabel(EObject eObject) {
            return Labels.of(eObject);
        }

        @Override
        public String getFeatureLabel(EStructuralFeature eStructuralFeature) {
            return Labels.words(eStructuralFeature.getName());
        }
    };

    public List<Finding> check(ImplementationPlan plan) {
        BasicDiagnostic diagnostics = diagnostician.createDefaultDiagnostic(plan);
        Map<Object, Object> context = diagnostician.createDefaultContext();
        diagnostician.validate(plan, diagnostics, context);
        List<Finding> findings = new ArrayList<>();
        collect(diagnostics, findings);
        findings.sort((a, b) -> a.severity().compareTo(b.severity()));
        return findings;
    }

    private static void collect(Diagnostic diagnostic, List<Finding> findings) {
        if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() != Diagnostic.OK) {
            EObject element = diagnostic.getData().stream().filter(EObject.class::isInstance).map(EObject.class::cast)
                    .findFirst().orElse(null);
            findings.add(new Finding(severity(diagnostic), STRUCTURE, diagnostic.getMessage(), element, null));
        }
        diagnostic.getChildren().forEach(child -> collect(child, findings));
    }

    private static Severity severity(Diagnostic diagnostic) {
        return switch (diagnostic.getSeverity()) {
            case Diagnostic.ERROR, Diagnostic.CANCEL -> Severity.ERROR;
            case Diagnostic.WARNING -> Severity.WARNING;
            default -> Severity.INFO;
        };
    }
}
