package org.peerplan.ui.views;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.peerplan.model.provider.words.PlanWords;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.editor.actions.PlanActions;
import org.peerplan.ui.jface.ItemProviderContentProvider;
import org.peerplan.ui.jface.ItemProviderLabelProvider;
import org.peerplan.ui.jface.PlanPropertySourceProvider;

/**
 * The plan of the editor in use, as a tree: selecting an element shows it in the Properties view, double-clicking it
 * shows it on the editor page made for it. Edits from here go on that editor's command stack.
 */
public class PlanExplorerView extends ViewPart {

    public static final String ID = "org.peerplan.ui.planExplorer";

    private TreeViewer viewer;

    private ActivePlanEditor active;

    private PlanActions actions;

    private PropertySheetPage properties;

    /** The editor whose findings mark the tree. */
    private PlanEditor flagged;

    private final Runnable relabel = () -> {
        if (!viewer.getControl().isDisposed()) {
            viewer.refresh(true);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        ColumnViewerToolTipSupport.enableFor(viewer);
        getSite().setSelectionProvider(viewer);
        viewer.addDoubleClickListener(event -> {
            if (active != null && active.editor() != null && event.getSelection() instanceof IStructuredSelection chosen
                    && chosen.getFirstElement() instanceof EObject element) {
                getSite().getPage().activate(active.editor());
                active.editor().showElement(element);
            }
        });
        viewer.addSelectionChangedListener(event -> {
            actions.update();
            getViewSite().getActionBars().getStatusLineManager().setMessage(
                    event.getStructuredSelection().getFirstElement() instanceof EObject element
                            ? PlanWords.place(element) : "");
        });
        actions = new PlanActions(() -> active == null ? null : active.editor(), viewer::getSelection);
        actions.install(getViewSite().getActionBars());
        active = new ActivePlanEditor(this, this::show, () -> {
            actions.update();
            if (active.editor() != null && !List.of(active.editor().plan()).equals(viewer.getInput())) {
                show(active.editor());
            }
            if (properties != null && properties.getControl() != null && !properties.getControl().isDisposed()) {
                properties.refresh();
            }
        });
        if (active.editor() == null) {
            setContentDescription("Open or create a plan to see it here.");
        }
    }

    private void show(PlanEditor editor) {
        if (viewer.getContentProvider() != null) {
            viewer.setInput(null);
        }
        if (flagged != null) {
            flagged.removeFlagsListener(relabel);
        }
        flagged = editor;
        if (editor == null) {
            setContentDescription("Open or create a plan to see it here.");
            return;
        }
        viewer.setContentProvider(new ItemProviderContentProvider(editor.adapterFactory()));
        viewer.setLabelProvider(new ItemProviderLabelProvider(editor.adapterFactory(), editor.findings()));
        editor.addFlagsListener(relabel);
        viewer.setInput(List.of(editor.plan()));
        viewer.expandToLevel(2);
        setContentDescription(editor.file().toString());
        actions.update();
    }

    /** The tree, for tests. */
    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class && active != null && active.editor() != null) {
            properties = new PropertySheetPage();
            properties.setPropertySourceProvider(new PlanPropertySourceProvider(active.editor().adapterFactory()));
            return type.cast(properties);
        }
        return super.getAdapter(type);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (flagged != null) {
            flagged.removeFlagsListener(relabel);
        }
        active.dispose();
        super.dispose();
    }
}
