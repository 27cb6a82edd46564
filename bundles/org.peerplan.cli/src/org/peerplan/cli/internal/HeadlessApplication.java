package org.peerplan.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The {@code org.peerplan.cli.app} application: runs one {@code peerplan} command and returns its exit code. */
public class HeadlessApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        return PeerPlanCommand.run(arguments == null ? new String[0] : arguments);
    }

    @Override
    public void stop() {
        // A command runs to its end in start(); there is nothing to interrupt.
    }
}
