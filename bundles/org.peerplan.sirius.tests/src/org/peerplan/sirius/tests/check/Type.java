package org.peerplan.sirius.tests.check;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EcorePackage;

/** The static type of an expression: a classifier of the metamodel (or of Ecore), one value or many. */
public record Type(EClassifier classifier, boolean many) {

    public static final Type BOOLEAN = new Type(EcorePackage.Literals.EBOOLEAN, false);
    public static final Type STRING = new Type(EcorePackage.Literals.ESTRING, false);

    public static Type one(EClassifier classifier) {
        return new Type(classifier, false);
    }

    public static Type many(EClassifier classifier) {
        return new Type(classifier, true);
    }

    /** The class of the values, for navigation; fails for data values, which have no features. */
    public EClass eClass(String use) {
        if (classifier instanceof EClass eClass) {
            return eClass;
        }
        throw new InvalidSpecification(use + " needs an object, but gets " + this);
    }

    public boolean isBoolean() {
        Class<?> values = classifier.getInstanceClass();
        return !many && (values == boolean.class || values == Boolean.class);
    }

    public boolean isString() {
        return !many && classifier.getInstanceClass() == String.class;
    }

    @Override
    public String toString() {
        return many ? "a collection of " + classifier.getName() : "a " + classifier.getName();
    }
}
