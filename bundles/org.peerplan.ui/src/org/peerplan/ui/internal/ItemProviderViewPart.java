package org.peerplan.ui.internal;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.ui.part.ViewPart;

/** A view whose one viewer shows plan elements through the generated item providers. */
abstract class ItemProviderViewPart<V extends StructuredViewer> extends ViewPart {

    protected final ComposedAdapterFactory adapterFactory = ItemProviders.newAdapterFactory();

    protected V viewer;

    V viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        adapterFactory.dispose();
        super.dispose();
    }
}
