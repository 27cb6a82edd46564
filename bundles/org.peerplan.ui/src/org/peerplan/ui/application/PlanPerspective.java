package org.peerplan.ui.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.peerplan.ui.problems.FindingsView;
import org.peerplan.ui.views.CompareView;
import org.peerplan.ui.views.DiagramView;
import org.peerplan.ui.views.PlanExplorerView;

/**
 * The Plan perspective: the explorer on the left, the plan editor in the middle, and below it the plan's problems,
 * the Properties view, the diagrams and what changed since the baseline.
 */
public class PlanPerspective implements IPerspectiveFactory {

    public static final String ID = "org.peerplan.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        layout.addView(PlanExplorerView.ID, IPageLayout.LEFT, 0.2f, editors);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editors);
        bottom.addView(FindingsView.ID);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(DiagramView.ID);
        bottom.addView(CompareView.ID);
        layout.addShowViewShortcut(PlanExplorerView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(DiagramView.ID);
        layout.addShowViewShortcut(FindingsView.ID);
        layout.addShowViewShortcut(CompareView.ID);
    }
}
