package org.peerplan.core.privacy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
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
