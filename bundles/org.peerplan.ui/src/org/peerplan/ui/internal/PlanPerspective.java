package org.peerplan.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Plan perspective: the explorer and the selected element's details on the left, the diagrams on the right. */
public class PlanPerspective implements IPerspectiveFactory {

    public static final String ID = "org.peerplan.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addStandaloneView(PlanExplorerView.ID, true, IPageLayout.LEFT, 0.3f, layout.getEditorArea());
        layout.addView(DiagramView.ID, IPageLayout.RIGHT, 0.3f, PlanExplorerView.ID);
        layout.addView(DetailsView.ID, IPageLayout.BOTTOM, 0.55f, PlanExplorerView.ID);
    }
}
