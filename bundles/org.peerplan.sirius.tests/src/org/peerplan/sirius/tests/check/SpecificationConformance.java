package org.peerplan.sirius.tests.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Whether a specification is a valid instance of Sirius's metamodels: it loads without errors, every reference in
 * it (and in what it refers to) resolves, and EMF's validation finds no error. Sirius computes its derived and
 * transient features when it runs, so a file cannot set them: their lower bounds are not held against it.
 */
public final class SpecificationConformance {

    private SpecificationConformance() {
    }

    /** @return the problems found, each a line naming where; empty when the specification conforms */
    public static List<String> problems(ResourceSet resourceSet, URI specification) {
        List<String> problems = new ArrayList<>();
        Resource resource;
        try {
            resource = resourceSet.getResource(specification, true);
        } catch (RuntimeException unreadable) {
            resource = resourceSet.getResource(specification, false);
        }
        EcoreUtil.resolveAll(resourceSet);
        for (Resource loaded : resourceSet.getResources()) {
            String name = loaded.getURI().lastSegment();
            loaded.getErrors().forEach(error -> problems.add(name + ": " + error.getMessage()));
        }
        Map<EObject, Collection<Setting>> proxies = EcoreUtil.UnresolvedProxyCrossReferencer.find(resourceSet);
        for (Map.Entry<EObject, Collection<Setting>> proxy : proxies.entrySet()) {
            problems.add("unresolved reference to " + EcoreUtil.getURI(proxy.getKey()) + " from "
                    + proxy.getValue().size() + " place(s)");
        }
        if (resource != null && !resource.getContents().isEmpty()) {
            collectErrors(Diagnostician.INSTANCE.validate(resource.getContents().get(0)), problems);
        }
        return problems;
    }

    private static void collectErrors(Diagnostic diagnostic, List<String> problems) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() == Diagnostic.ERROR && !isComputedFeatureLowerBound(diagnostic)) {
                problems.add(diagnostic.getMessage());
            }
            return;
        }
        diagnostic.getChildren().forEach(child -> collectErrors(child, problems));
    }

    private static boolean isComputedFeatureLowerBound(Diagnostic diagnostic) {
        if (!EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())
                || diagnostic.getCode() != EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS) {
            return false;
        }
        return diagnostic.getData().stream().anyMatch(datum -> datum instanceof EStructuralFeature feature
                && (feature.isDerived() || feature.isTransient()));
    }
}
