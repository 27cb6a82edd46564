package org.peerplan.ui.jface;

import java.net.URL;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Image;
import org.peerplan.core.validation.Severity;

/**
 * Text and icon from the item providers; icons are created once and released with the viewer. An element with
 * findings in it carries the mark of the most serious over its icon, and says what they are when the pointer rests on
 * it.
 */
public final class ItemProviderLabelProvider extends ColumnLabelProvider {

    /** What the findings say about an element: the most serious in it, and the findings on it in words. */
    public interface Findings {

        Findings NONE = new Findings() {
            @Override
            public Severity worstBelow(Object element) {
                return null;
            }

            @Override
            public String explain(Object element) {
                return null;
            }
        };

        Severity worstBelow(Object element);

        String explain(Object element);
    }

    private final AdapterFactory adapterFactory;

    private final Findings findings;

    private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
        this(adapterFactory, Findings.NONE);
    }

    public ItemProviderLabelProvider(AdapterFactory adapterFactory, Findings findings) {
        this.adapterFactory = adapterFactory;
        this.findings = findings;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = provider(element);
        return provider == null ? String.valueOf(element) : provider.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = provider(element);
        Object image = provider == null ? null : provider.getImage(element);
        Image icon = image instanceof URL url ? images.create(ImageDescriptor.createFromURL(url)) : null;
        Severity worst = findings.worstBelow(element);
        return worst == null ? icon : FindingImages.overlay(images, icon, worst);
    }

    @Override
    public String getToolTipText(Object element) {
        return findings.explain(element);
    }

    private IItemLabelProvider provider(Object element) {
        return (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
