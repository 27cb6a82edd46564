package org.peerplan.ui.internal;

import java.nio.file.Path;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens one window on the Plan perspective and, when the command line named a plan, shows it. */
final class PeerPlanWorkbenchAdvisor extends WorkbenchAdvisor {

    private final Path initialPlan;

    PeerPlanWorkbenchAdvisor(Path initialPlan) {
        this.initialPlan = initialPlan;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(false);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return PlanPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public void preWindowOpen() {
                configurer.setInitialSize(new Point(1280, 800));
                configurer.setShowCoolBar(false);
                configurer.setShowStatusLine(true);
                configurer.setTitle("PeerPlan Workbench");
            }
        };
    }

    @Override
    public void postStartup() {
        if (initialPlan == null) {
            return;
        }
        IWorkbenchPage page = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getActivePage();
        try {
            ((PlanExplorerView) page.showView(PlanExplorerView.ID)).open(initialPlan);
        } catch (PartInitException e) {
            throw new IllegalStateException("the Plan Explorer cannot be shown", e);
        }
    }
}
