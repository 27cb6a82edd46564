package org.peerplan.ui.jface;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/** Lets Eclipse's Properties view show and edit any plan element through its item provider's descriptors. */
public final class PlanPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory adapterFactory;

    public PlanPropertySourceProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (object instanceof EObject element
                && adapterFactory.adapt(element, IItemPropertySource.class) instanceof IItemPropertySource source) {
            return new PlanPropertySource(element, source);
        }
        return null;
    }
}
