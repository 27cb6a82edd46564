package org.peerplan.model.provider.spec;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.DecoratorAdapterFactory;
import org.eclipse.emf.edit.provider.IItemProviderDecorator;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.peerplan.model.catalog.provider.CatalogItemProviderAdapterFactory;
import org.peerplan.model.provider.PeerPlanItemProviderAdapterFactory;

/**
 * The item providers of plans and the toolkit catalog as a consultant should meet them: the generated providers,
 * decorated so that labels, property names, values and command names are in the consultant's words. Use one instance
 * per editor or view as the root adapter factory, and dispose it with its owner.
 *
 * <p>The generated factories report to this one as their parent, so the property descriptors and children they make
 * adapt through the decorator, and their change notifications reach the listeners registered here.</p>
 */
public final class PlanItemProviderAdapterFactory extends ComposedAdapterFactory {

    public PlanItemProviderAdapterFactory() {
        ComposedAdapterFactory generated = new ComposedAdapterFactory();
        generated.addAdapterFactory(new PeerPlanItemProviderAdapterFactory());
        generated.addAdapterFactory(new CatalogItemProviderAdapterFactory());
        generated.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        generated.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        addAdapterFactory(new Decorating(generated));
        generated.setParentAdapterFactory(this);
    }

    /** Puts a {@link PlanItemProviderDecorator} over each generated item provider. */
    private static final class Decorating extends DecoratorAdapterFactory {

        Decorating(ComposedAdapterFactory generated) {
            super(generated);
        }

        @Override
        protected IItemProviderDecorator createItemProviderDecorator(Object target, Object type) {
            return new PlanItemProviderDecorator(this);
        }

        @Override
        public void dispose() {
            super.dispose();
            ((ComposedAdapterFactory) decoratedAdapterFactory).dispose();
        }
    }
}
