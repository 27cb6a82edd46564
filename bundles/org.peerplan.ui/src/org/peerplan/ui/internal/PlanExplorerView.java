package org.peerplan.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.peerplan.core.persistence.PlanLoadException;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.model.ImplementationPlan;

/** Shows the open plan as a tree, through the generated item providers, and publishes the selection. */
public class PlanExplorerView extends ItemProviderViewPart<TreeViewer> {

    public static final String ID = "org.peerplan.ui.planExplorer";

    private ImplementationPlan plan;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setContentProvider(new ItemProviders.TreeContent(adapterFactory));
        viewer.setLabelProvider(new ItemProviders.Labels(adapterFactory));
        getSite().setSelectionProvider(viewer);
    }

    /** Opens a plan file; a file that cannot be read is reported in a dialog and the current plan stays. */
    public void open(Path file) {
        try {
            plan = new PlanStore().load(file);
        } catch (PlanLoadException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot open plan", e.getMessage());
            return;
        }
        viewer.setInput(List.of(plan));
        viewer.expandToLevel(2);
        // Selecting the plan tells the other views (details, diagrams) which plan is open.
        viewer.setSelection(new StructuredSelection(plan), true);
        setContentDescription(file.toString());
        setPartName("Plan Explorer: " + plan.getAgency().getName());
    }

    /** The plan shown, or {@code null} before one is opened. */
    public ImplementationPlan plan() {
        return plan;
    }
}
