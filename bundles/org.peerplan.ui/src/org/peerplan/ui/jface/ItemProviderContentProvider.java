package org.peerplan.ui.jface;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Display;

/**
 * Children and parents as the item providers define them, for JFace trees, standing in for EMF's edit.ui. The viewer
 * follows the model: the item providers' viewer notifications are gathered and applied together once the change that
 * caused them is over, so a command that touches many elements refreshes the tree once.
 */
public final class ItemProviderContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private final AdapterFactory adapterFactory;

    private final Set<IViewerNotification> pending = new LinkedHashSet<>();

    private StructuredViewer viewer;

    public ItemProviderContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        viewer = (StructuredViewer) newViewer;
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

    @Override
    public void notifyChanged(Notification notification) {
        if (!(notification instanceof IViewerNotification change) || viewer == null
                || viewer.getControl().isDisposed()) {
            return;
        }
        boolean first = pending.isEmpty();
        pending.add(change);
        if (first) {
            Display.getCurrent().asyncExec(this::refresh);
        }
    }

    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            pending.clear();
            return;
        }
        for (IViewerNotification change : pending) {
            Object element = change.getElement();
            if (element == null) {
                viewer.refresh();
            } else if (change.isContentRefresh()) {
                viewer.refresh(element, change.isLabelUpdate());
            } else if (change.isLabelUpdate()) {
                viewer.update(element, null);
            }
        }
        pending.clear();
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
        pending.clear();
    }
}
