package org.peerplan.sirius.tests.check;

import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The static type of a Sirius interpreted expression, by its prefix: {@code aql:}, {@code feature:} and
 * {@code var:self}. Text without a prefix is a literal, shown as written. Other interpreters ({@code service:},
 * {@code ocl:}, Acceleo's brackets) are reported as unchecked.
 */
final class InterpretedExpressions {

    private InterpretedExpressions() {
    }

    /** @return the type of the expression evaluated on a {@code self} of the given class; empty for a literal */
    static Optional<Type> typeOf(String expression, EClass self, DomainModel model, Set<EPackage> visiblePackages) {
        if (expression.startsWith("aql:")) {
            return Optional.of(AqlTyping.typeOf(expression.substring("aql:".length()), self, model, visiblePackages));
        }
        if (expression.startsWith("feature:")) {
            return Optional.of(feature(expression.substring("feature:".length()), self, model));
        }
        if (expression.startsWith("var:")) {
            if (!expression.equals("var:self")) {
                throw new InvalidSpecification("the variable " + expression + " is not known to this check");
            }
            return Optional.of(Type.one(self));
        }
        if (expression.startsWith("service:") || expression.startsWith("ocl:") || expression.startsWith("[")) {
            throw new InvalidSpecification("this check reads only aql:, feature: and var:self expressions");
        }
        return Optional.empty();
    }

    private static Type feature(String name, EClass self, DomainModel model) {
        if (name.equals("eContainer")) {
            return Type.one(model.container(self));
        }
        EStructuralFeature feature = self.getEStructuralFeature(name);
        if (feature == null) {
            throw new InvalidSpecification(self.getName() + " has no feature '" + name + "'");
        }
        return new Type(feature.getEType(), feature.isMany());
    }
}
