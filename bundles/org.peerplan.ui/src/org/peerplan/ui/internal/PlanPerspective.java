package org.peerplan.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Plan perspective: the explorer on the left, the selected element's details on the right. */
public class PlanPerspective implements IPerspectiveFactory {

    public static final String ID = "org.peerplan.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addStandaloneView(PlanExplorerView.ID, true, IPageLayout.LEFT, 0.45f, layout.getEditorArea());
        layout.addView(DetailsView.ID, IPageLayout.RIGHT, 0.45f, PlanExplorerView.ID);
    }
}
