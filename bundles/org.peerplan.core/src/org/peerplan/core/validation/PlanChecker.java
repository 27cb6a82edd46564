package org.peerplan.core.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.plan.Labels;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.RuleWaiver;
import org.peerplan.model.catalog.Catalog;

/**
 * Checks a plan: EMF's structural constraints and the toolkits' rules, through an EMF {@link Diagnostician} whose
 * validator for the PeerPlan package runs the rule registry. Rules the plan waived are skipped and listed with their
 * reasons; rules that do not apply to the plan (another state's) are listed too.
 */
public final class PlanChecker {

    /** The rule id of structural findings. */
    public static final String STRUCTURE = "STRUCTURE";

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::area).thenComparing(f -> ruleNumber(f.ruleId()));

    private final List<Rule> rules;

    private final LocalDate today;

    public PlanChecker() {
        this(RuleRegistry.all(), LocalDate.now());
    }

    public PlanChecker(List<Rule> rules, LocalDate today) {
        this.rules = List.copyOf(rules);
        this.today = today;
    }

    public ValidationReport check(ImplementationPlan plan) {
        Set<String> waived = plan.getRuleWaivers().stream().map(RuleWaiver::getRuleId).collect(Collectors.toSet());
        List<Rule> applicable = rules.stream().filter(r -> !waived.contains(r.id()) && r.appliesTo(plan)).toList();
        List<Rule> notApplied = rules.stream().filter(r -> !waived.contains(r.id()) && !r.appliesTo(plan)).toList();

        RuleContext context = new RuleContext(plan, catalogOf(plan), today);
        EValidatorRegistryImpl registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
        registry.put(PeerPlanPackage.eINSTANCE, new PlanRulesValidator(applicable, context));
        Diagnostician diagnostician = new Diagnostician(registry) {
            @Override
            public String getObjectLabel(EObject eObject) {
                return Labels.of(eObject);
            }

            @Override
            public String getFeatureLabel(EStructuralFeature eStructuralFeature) {
                return Labels.words(eStructuralFeature.getName());
            }
        };
        BasicDiagnostic diagnostics = diagnostician.createDefaultDiagnostic(plan);
        Map<Object, Object> map = diagnostician.createDefaultContext();
        diagnostician.validate(plan, diagnostics, map);

        List<Finding> findings = new ArrayList<>();
        collect(diagnostics, findings);
        findings.sort(ORDER);
        List<RuleWaiver> waivers = plan.getRuleWaivers().stream()
                .filter(w -> rules.stream().anyMatch(r -> r.id().equals(w.getRuleId()))).toList();
        return new ValidationReport(findings, waivers, applicable.size(), notApplied);
    }

    private static Catalog catalogOf(ImplementationPlan plan) {
        try {
            return plan.eResource() == null || plan.eResource().getResourceSet() == null
                    ? ToolkitCatalog.in(org.peerplan.core.persistence.PlanStore.newResourceSet())
                    : ToolkitCatalog.in(plan.eResource().getResourceSet());
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped toolkit catalog cannot be read", e);
        }
    }

    private static void collect(Diagnostic diagnostic, List<Finding> findings) {
        if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() != Diagnostic.OK) {
            Finding rule = diagnostic.getData().stream().filter(Finding.class::isInstance).map(Finding.class::cast)
                    .findFirst().orElse(null);
            if (rule != null) {
                findings.add(rule);
            } else {
                EObject element = diagnostic.getData().stream().filter(EObject.class::isInstance)
                        .map(EObject.class::cast).findFirst().orElse(null);
                findings.add(new Finding(severity(diagnostic), STRUCTURE, Area.STRUCTURE, diagnostic.getMessage(),
                        element, null, List.of()));
            }
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

    /** R7 before R25 before R70; structural findings first. */
    private static int ruleNumber(String ruleId) {
        return ruleId.matches("R\\d+") ? Integer.parseInt(ruleId.substring(1)) : 0;
    }
}
