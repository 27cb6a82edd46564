package org.peerplan.sirius.tests.check;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Reading a loaded specification, whose objects are instances of Sirius's metamodels without generated code: kinds
 * are asked by class name, values by feature name.
 */
public final class SiriusObjects {

    private SiriusObjects() {
    }

    /** Whether the object is of the named Sirius class or inherits from it. */
    public static boolean isA(EObject object, String className) {
        return object.eClass().getName().equals(className)
                || object.eClass().getEAllSuperTypes().stream().anyMatch(type -> type.getName().equals(className));
    }

    /** A single-valued feature's value, with the metamodel's default when the file leaves it out. */
    public static Object value(EObject object, String featureName) {
        return object.eGet(feature(object, featureName));
    }

    public static String string(EObject object, String featureName) {
        return (String) value(object, featureName);
    }

    public static List<EObject> references(EObject object, String featureName) {
        List<EObject> values = new ArrayList<>();
        for (Object value : (List<?>) value(object, featureName)) {
            values.add((EObject) value);
        }
        return values;
    }

    /** The nearest container of the object (or the object itself) of the named Sirius class, or null. */
    public static EObject enclosing(EObject object, String className) {
        for (EObject current = object; current != null; current = current.eContainer()) {
            if (isA(current, className)) {
                return current;
            }
        }
        return null;
    }

    /** Where the object is, by the names of the elements around it: {@code Timeline/TimelineStage/style}. */
    public static String path(EObject object) {
        if (object.eContainer() == null) {
            return "";
        }
        EStructuralFeature name = object.eClass().getEStructuralFeature("name");
        String step = name != null && object.eGet(name) != null ? (String) object.eGet(name) : containment(object);
        String parent = path(object.eContainer());
        return parent.isEmpty() ? step : parent + "/" + step;
    }

    private static String containment(EObject object) {
        EStructuralFeature containing = object.eContainingFeature();
        if (!containing.isMany()) {
            return containing.getName();
        }
        return containing.getName() + "[" + ((List<?>) object.eContainer().eGet(containing)).indexOf(object) + "]";
    }

    private static EStructuralFeature feature(EObject object, String featureName) {
        EStructuralFeature feature = object.eClass().getEStructuralFeature(featureName);
        if (feature == null) {
            throw new IllegalArgumentException(object.eClass().getName() + " has no feature " + featureName);
        }
        return feature;
    }
}
