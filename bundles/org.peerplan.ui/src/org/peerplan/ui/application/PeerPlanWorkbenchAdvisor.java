package org.peerplan.ui.application;

import java.nio.file.Path;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.peerplan.ui.handlers.PlanOpener;
import org.peerplan.ui.problems.Validations;

/**
 * One window on the Plan perspective; at start it offers back what a crash left unsaved and opens the plan the
 * command line named.
 */
final class PeerPlanWorkbenchAdvisor extends WorkbenchAdvisor {

    private final Path initialPlan;

    private final StartupTiming timing;

    PeerPlanWorkbenchAdvisor(Path initialPlan, boolean timing) {
        this.initialPlan = initialPlan;
        this.timing = timing ? new StartupTiming() : null;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(false);
        // Workspace files show in views and open in editors as the IDE's do (the findings view needs it).
        IDE.registerAdapters();
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
                configurer.setInitialSize(new Point(1440, 900));
                configurer.setShowCoolBar(true);
                configurer.setShowStatusLine(true);
                configurer.setShowPerspectiveBar(false);
                configurer.setTitle("PeerPlan Workbench");
            }

            @Override
            public void postWindowOpen() {
                if (timing != null) {
                    timing.windowOpen(configurer.getWindow().getShell());
                }
            }

            @Override
            public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer actionBars) {
                return new PeerPlanActionBarAdvisor(actionBars);
            }
        };
    }

    @Override
    public void postStartup() {
        IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        Validations.install(window.getActivePage());
        if (timing != null) {
            timing.measure(window, initialPlan);
            return;
        }
        PlanOpener.offerRecoveries(window);
        if (initialPlan != null) {
            PlanOpener.open(window, initialPlan);
        }
    }

    /** The workspace holds only the links that findings need; saving it keeps its metadata whole. */
    @Override
    public void postShutdown() {
        try {
            ResourcesPlugin.getWorkspace().save(true, null);
        } catch (CoreException e) {
            // Nothing of the user's is in the workspace: the links are made again when plans are opened.
        }
    }
}
