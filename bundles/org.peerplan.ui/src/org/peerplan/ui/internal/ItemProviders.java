package org.peerplan.ui.internal;

import java.net.URL;
import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.peerplan.model.catalog.provider.CatalogItemProviderAdapterFactory;
import org.peerplan.model.provider.PeerPlanItemProviderAdapterFactory;

/**
 * JFace content and label providers backed by the generated item providers, standing in for EMF's edit.ui bundle.
 */
final class ItemProviders {

    private ItemProviders() {
    }

    static ComposedAdapterFactory newAdapterFactory() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new PeerPlanItemProviderAdapterFactory());
        factory.addAdapterFactory(new CatalogItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }

    /** Children and parents as the item providers define them. */
    static final class TreeContent implements ITreeContentProvider {

        private final AdapterFactory adapterFactory;

        TreeContent(AdapterFactory adapterFactory) {
            this.adapterFactory = adapterFactory;
        }

        @Override
        public Object[] getElements(Object input) {
            return input instanceof Collection<?> roots ? roots.toArray() : getChildren(input);
        }

        @Override
        public Object[] getChildren(Object parent) {
            ITreeItemContentProvider provider = provider(parent);
            return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
        }

        @Override
        public Object getParent(Object element) {
            ITreeItemContentProvider provider = provider(element);
            return provider == null ? null : provider.getParent(element);
        }

        @Override
        public boolean hasChildren(Object element) {
            ITreeItemContentProvider provider = provider(element);
            return provider != null && provider.hasChildren(element);
        }

        private ITreeItemContentProvider provider(Object object) {
            return (ITreeItemContentProvider) adapterFactory.adapt(object, ITreeItemContentProvider.class);
        }
    }

    /** Text and icon from the item providers; icons are created once and disposed with the viewer. */
    static final class Labels extends LabelProvider {

        private final AdapterFactory adapterFactory;

        private final ResourceManager images = new LocalResourceManager(
                org.eclipse.jface.resource.JFaceResources.getResources());

        Labels(AdapterFactory adapterFactory) {
            this.adapterFactory = adapterFactory;
        }

        @Override
        public String getText(Object element) {
            IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
            return provider == null ? String.valueOf(element) : provider.getText(element);
        }

        @Override
        public Image getImage(Object element) {
            IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
            Object image = provider == null ? null : provider.getImage(element);
            return image instanceof URL url ? images.create(ImageDescriptor.createFromURL(url)) : null;
        }

        @Override
        public void dispose() {
            images.dispose();
            super.dispose();
        }
    }
}
