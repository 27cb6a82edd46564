package org.peerplan.ui.application;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * The {@code org.peerplan.ui.workbench} application; {@code --plan FILE} among its arguments opens that plan at start,
 * and {@code --timing} measures the start instead of staying open ({@link StartupTiming}). The options are explicit
 * because launchers and test harnesses pass arguments of their own.
 */
public class WorkbenchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String[] given = arguments == null ? new String[0] : arguments;
        Path plan = planArgument(given);
        boolean timing = Arrays.asList(given).contains("--timing");
        WarmUp.start();
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new PeerPlanWorkbenchAdvisor(plan, timing));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    static Path planArgument(String[] arguments) {
        for (int i = 0; i + 1 < arguments.length; i++) {
            if (arguments[i].equals("--plan")) {
                return Path.of(arguments[i + 1]);
            }
        }
        return null;
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                PlatformUI.getWorkbench().close();
            }
        });
    }
}
