package org.peerplan.ui.internal;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;

/** Lists the properties of the element selected in the Plan Explorer, as the item providers describe them. */
public class DetailsView extends ItemProviderViewPart<TableViewer> {

    public static final String ID = "org.peerplan.ui.details";

    private Object element;

    private final ISelectionListener listener = (part, selection) -> {
        if (part != this && selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
            show(structured.getFirstElement());
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Property", 200, descriptor -> descriptor.getDisplayName(element));
        column("Value", 480, descriptor -> descriptor.getLabelProvider(element)
                .getText(descriptor.getPropertyValue(element)));
        getSite().getPage().addSelectionListener(listener);
    }

    private void column(String title, int width, java.util.function.Function<IItemPropertyDescriptor, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object descriptor) {
                return text.apply((IItemPropertyDescriptor) descriptor);
            }
        });
    }

    void show(Object selected) {
        element = selected;
        IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(selected, IItemPropertySource.class);
        List<IItemPropertyDescriptor> descriptors = source == null ? List.of() : source.getPropertyDescriptors(selected);
        viewer.setInput(descriptors);
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(listener);
        super.dispose();
    }
}
