package org.peerplan.ui.application;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.plan.NewPlanFactory;
import org.peerplan.core.validation.PlanChecker;
import org.peerplan.core.validation.RuleRegistry;
import org.peerplan.model.ImplementationPlan;

/**
 * While the window is being built, does once, on a thread of its own, what opening the first plan would otherwise
 * pay for on the display's thread: Java2D's start and SWT's SVG reader (together about 1 s, measured: SWT draws the
 * workbench's SVG icons, such as the Problems view's when it first shows an error, through them), and reading the
 * toolkit catalog, making a plan from it and checking it, which loads the model, the XML reader and the rules.
 */
final class WarmUp {

    /** One of the SVG icons the window shows once a plan has findings. */
    private static final String SVG_ICON = "platform:/plugin/org.eclipse.ui.ide/icons/full/eview16/problems_view_error.svg";

    private WarmUp() {
    }

    static void start() {
        Thread thread = new Thread(WarmUp::run, "PeerPlan warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run() {
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment();
            // Image data needs no display, so the SVG reader and its rasterizer can be loaded here.
            ImageDescriptor.createFromURL(new URL(SVG_ICON)).getImageData(100);
            ImplementationPlan plan = new NewPlanFactory(ToolkitCatalog.in(PlanStore.newResourceSet()))
                    .create("Warm-up", "CA", LocalDate.now());
            new PlanChecker(RuleRegistry.all(), LocalDate.now()).check(plan);
        } catch (IOException | RuntimeException e) {
            // Nothing is lost but time: the first plan opened loads what this could not.
            ILog.of(WarmUp.class).warn("The start-up warm-up did not finish: " + e.getMessage());
        }
    }
}
