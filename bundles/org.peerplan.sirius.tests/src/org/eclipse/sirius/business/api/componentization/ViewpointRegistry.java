package org.eclipse.sirius.business.api.componentization;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.sirius.viewpoint.description.Viewpoint;

/**
 * Test stand-in for Sirius's viewpoint registry, with the signatures of the three members the PeerPlan activator
 * calls ({@code getInstance()}, {@code Set<Viewpoint> registerFromPlugin(String)},
 * {@code disposeFromPlugin(Viewpoint)}). It records the calls so the tests can see what the activator asked for.
 */
public class ViewpointRegistry {

    private static final ViewpointRegistry INSTANCE = new ViewpointRegistry();

    private final List<String> registeredFrom = new ArrayList<>();
    private final List<Viewpoint> handedOut = new ArrayList<>();
    private final List<Viewpoint> disposed = new ArrayList<>();

    public static ViewpointRegistry getInstance() {
        return INSTANCE;
    }

    public Set<Viewpoint> registerFromPlugin(String modelerModelResourcePath) {
        registeredFrom.add(modelerModelResourcePath);
        Viewpoint viewpoint = new Viewpoint() {
        };
        handedOut.add(viewpoint);
        return Set.of(viewpoint);
    }

    public void disposeFromPlugin(Viewpoint viewpoint) {
        disposed.add(viewpoint);
    }

    public List<String> registeredFrom() {
        return List.copyOf(registeredFrom);
    }

    public List<Viewpoint> handedOut() {
        return List.copyOf(handedOut);
    }

    public List<Viewpoint> disposed() {
        return List.copyOf(disposed);
    }

    public void forget() {
        registeredFrom.clear();
        handedOut.clear();
        disposed.clear();
    }
}
