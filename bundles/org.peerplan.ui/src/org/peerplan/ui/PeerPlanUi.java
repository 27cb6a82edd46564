package org.peerplan.ui;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The workbench bundle: its preferences (recent plans, recovery copies) and its state folder. */
public final class PeerPlanUi extends AbstractUIPlugin {

    public static final String ID = "org.peerplan.ui";

    private static PeerPlanUi instance;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        instance = null;
        super.stop(context);
    }

    public static PeerPlanUi get() {
        return instance;
    }
}
