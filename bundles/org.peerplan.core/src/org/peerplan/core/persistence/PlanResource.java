package org.peerplan.core.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * The resource of a {@code .peerplan} file. Every object gets a UUID when it is created and keeps the identifier it
 * was loaded with, so references and diffs stay stable from one save to the next.
 */
public class PlanResource extends XMIResourceImpl {

    public PlanResource(URI uri) {
        super(uri);
    }

    @Override
    protected boolean useUUIDs() {
        return true;
    }
}
