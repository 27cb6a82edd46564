package org.peerplan.ui.problems;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.ide.IGotoMarker;
import org.peerplan.ui.editor.PlanEditor;

/** Lets a plan editor go to a finding's element, which the workbench asks of it when a finding is opened. */
public final class GotoFinding implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> type) {
        if (type != IGotoMarker.class || !(adaptable instanceof PlanEditor editor)) {
            return null;
        }
        IGotoMarker gotoMarker = marker -> reveal(editor, marker);
        return type.cast(gotoMarker);
    }

    static void reveal(PlanEditor editor, IMarker marker) {
        String fragment = marker.getAttribute(FindingMarkers.ELEMENT, null);
        EObject element = fragment == null ? null : editor.plan().eResource().getEObject(fragment);
        if (element != null) {
            editor.showElement(element);
        }
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IGotoMarker.class };
    }
}
