package org.peerplan.core.privacy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.peerplan.model.PeerPlanPackage;

/**
 * The plan's personal data, as the metamodel marks it: an annotation with this source on a feature, its "kind"
 * detail naming a {@link PersonalDataKind}. The metamodel is the one place that says what is personal.
 */
public final class PersonalData {

    /** The source of the annotations that mark personal data on the metamodel's features. */
    public static final String ANNOTATION_SOURCE = "http://www.peerplan.org/personal-data";

    private static final Map<EAttribute, PersonalDataKind> CLASSIFIED = classify();

    private PersonalData() {
    }

    /** The kind of personal data {@code feature} holds, if any. */
    public static Optional<PersonalDataKind> kind(EStructuralFeature feature) {
        EAnnotation annotation = feature.getEAnnotation(ANNOTATION_SOURCE);
        if (annotation == null) {
            return Optional.empty();
        }
        String marker = annotation.getDetails().get("kind");
        return Optional.of(PersonalDataKind.byMarker(marker).orElseThrow(() -> new IllegalStateException(
                "the metamodel marks " + feature.getName() + " with an unknown kind of personal data: " + marker)));
    }

    /** Every attribute of the plan's metamodel that holds personal data, with its kind. */
    public static Map<EAttribute, PersonalDataKind> classified() {
        return CLASSIFIED;
    }

    /**
     * The parts of a plan (the root's containment features, such as "performance") under which values lie that are
     * withheld from {@code audience}: what is computed from those parts differs between the plan and the audience's
     * copy for that reason alone.
     */
    public static Set<String> withheldUnder(Audience audience) {
        Set<String> parts = new LinkedHashSet<>();
        for (EReference part : PeerPlanPackage.Literals.IMPLEMENTATION_PLAN.getEAllContainments()) {
            if (containedTypes(part.getEReferenceType()).stream().anyMatch(type -> CLASSIFIED.entrySet().stream()
                    .anyMatch(e -> !e.getValue().aboutWhoSomeoneIs() && !audience.sees(e.getValue())
                            && e.getKey().getEContainingClass().isSuperTypeOf(type)))) {
                parts.add(part.getName());
            }
        }
        return parts;
    }

    private static Set<EClass> containedTypes(EClass root) {
        Set<EClass> types = new HashSet<>();
        Deque<EClass> next = new ArrayDeque<>(Set.of(root));
        while (!next.isEmpty()) {
            EClass type = next.pop();
            if (types.add(type)) {
                type.getEAllContainments().forEach(reference -> next.push(reference.getEReferenceType()));
            }
        }
        return types;
    }

    private static Map<EAttribute, PersonalDataKind> classify() {
        Map<EAttribute, PersonalDataKind> classified = new LinkedHashMap<>();
        for (EClassifier classifier : PeerPlanPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass type) {
                for (EAttribute attribute : type.getEAttributes()) {
                    kind(attribute).ifPresent(kind -> classified.put(attribute, kind));
                }
            }
        }
        return Map.copyOf(classified);
    }
}
