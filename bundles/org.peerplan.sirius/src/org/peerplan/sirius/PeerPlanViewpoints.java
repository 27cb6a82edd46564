package org.peerplan.sirius;

import org.eclipse.core.runtime.Plugin;
import org.osgi.framework.BundleContext;

/**
 * The bundle's activator, and the class this bundle's {@code org.eclipse.sirius.componentization} extension names:
 * Sirius instantiates that class to start the bundle (which is why it must be a {@link Plugin}), and the activator
 * then registers the specification with Sirius's viewpoint registry. Stopping the bundle withdraws the viewpoints.
 */
public final class PeerPlanViewpoints extends Plugin {

    /** The specification as Sirius's {@code registerFromPlugin} expects it: bundle name, then path in the bundle. */
    static final String SPECIFICATION = "org.peerplan.sirius/description/peerplan.odesign";

    private final SiriusRegistry registry = new SiriusRegistry(PeerPlanViewpoints.class.getClassLoader());

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        if (!registry.register(SPECIFICATION)) {
            getLog().warn("Sirius is not installed: the PeerPlan viewpoints are not registered.");
        }
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        registry.unregisterAll();
        super.stop(context);
    }
}
