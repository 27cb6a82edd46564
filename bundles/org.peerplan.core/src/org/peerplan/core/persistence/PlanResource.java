package org.peerplan.core.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * The resource of a {@code .peerplan} file. Every object gets a UUID when it is created and keeps the identifier it
 * was loaded with, so references and diffs stay stable from one save to the next. While a file is read, each value
 * is held to {@link PlanValueLimits} and an identifier given to two elements is refused: EMF would keep the later
 * one silently and point the earlier one's references at it.
 */
public class PlanResource extends XMIResourceImpl {

    public PlanResource(URI uri) {
        super(uri);
    }

    @Override
    protected boolean useUUIDs() {
        return true;
    }

    @Override
    protected XMLHelper createXMLHelper() {
        return new PlanXMIHelper(this);
    }

    @Override
    public void setID(EObject object, String id) {
        if (isLoading() && id != null) {
            EObject holder = getIDToEObjectMap().get(id);
            if (holder != null && holder != object) {
                String which = holder.eClass() == object.eClass() ? "both " + LoadFailures.article(object)
                        : LoadFailures.article(holder) + " and " + LoadFailures.article(object);
                throw new DuplicateIdentifierException("the identifier '" + LoadFailures.abbreviate(id)
                        + "' is given to two elements (" + which + "), and each element needs its own");
            }
        }
        super.setID(object, id);
    }
}
