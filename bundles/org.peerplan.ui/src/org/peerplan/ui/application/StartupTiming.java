package org.peerplan.ui.application;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.handlers.PlanOpener;

/**
 * What {@code ./peerplan workbench --timing PLAN} prints before it closes again: how long from the start of the Java
 * process until the window was on screen, and how long the plan then took to open with its first page drawn.
 */
final class StartupTiming {

    private long windowVisible;

    /** Notes when the window has been painted for the first time. */
    void windowOpen(Shell shell) {
        shell.update();
        windowVisible = System.currentTimeMillis();
    }

    /** Opens {@code plan}, prints both figures and closes the workbench. */
    void measure(IWorkbenchWindow window, Path plan) {
        long processStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long before = System.currentTimeMillis();
        PlanEditor editor = plan == null ? null : PlanOpener.open(window, plan);
        Display display = window.getShell().getDisplay();
        while (display.readAndDispatch()) {
            // Until the editor's first page is laid out and painted.
        }
        window.getShell().update();
        long opened = System.currentTimeMillis();
        System.out.printf(Locale.ROOT, "window visible after %d ms%n", windowVisible - processStart);
        if (editor != null) {
            System.out.printf(Locale.ROOT, "plan open after %d ms more (%s)%n", opened - before, plan.getFileName());
        }
        System.out.flush();
        display.asyncExec(() -> PlatformUI.getWorkbench().close());
    }
}
