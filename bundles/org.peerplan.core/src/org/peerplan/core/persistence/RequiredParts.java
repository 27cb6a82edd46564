package org.peerplan.core.persistence;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Gives a plan read from a file every part the metamodel requires (agency, readiness, timeline, policy review,
 * supervision, training, budget, performance management) that the file leaves out, as an empty part: a plan begun by
 * hand or by another tool is read as a plan not yet filled in, which every check and document can work on, instead of
 * failing wherever the part is first used.
 */
final class RequiredParts {

    private RequiredParts() {
    }

    static void complete(EObject object) {
        for (EReference reference : object.eClass().getEAllContainments()) {
            if (reference.isMany() || reference.getLowerBound() < 1 || reference.getEReferenceType().isAbstract()) {
                continue;
            }
            EObject part = (EObject) object.eGet(reference);
            if (part == null) {
                part = EcoreUtil.create(reference.getEReferenceType());
                object.eSet(reference, part);
            }
            complete(part);
        }
    }
}
