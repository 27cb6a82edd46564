package org.peerplan.sirius;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Sirius's viewpoint registry, called by reflection through packages the bundle imports dynamically: Sirius is not on
 * Maven Central, so the build cannot compile against it, and the bundle must also resolve in an Eclipse without
 * Sirius. The calls are the ones Sirius documents for specifications deployed in plug-ins:
 * {@code ViewpointRegistry.getInstance().registerFromPlugin(String)} when the bundle starts, and
 * {@code disposeFromPlugin(Viewpoint)} for each registered viewpoint when it stops.
 */
final class SiriusRegistry {

    static final String REGISTRY_CLASS = "org.eclipse.sirius.business.api.componentization.ViewpointRegistry";
    static final String VIEWPOINT_CLASS = "org.eclipse.sirius.viewpoint.description.Viewpoint";

    private final ClassLoader classLoader;
    private final List<Object> registered = new ArrayList<>();

    /** @param classLoader the loader that sees Sirius when it is installed (the bundle's own). */
    SiriusRegistry(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /**
     * Registers the viewpoints of one specification.
     *
     * @param specification bundle name and path of the {@code .odesign} file
     * @return false when Sirius is not installed, and nothing was registered
     */
    boolean register(String specification) throws ReflectiveOperationException {
        Class<?> registryClass;
        try {
            registryClass = Class.forName(REGISTRY_CLASS, true, classLoader);
        } catch (ClassNotFoundException absent) {
            return false;
        }
        Object registry = registryClass.getMethod("getInstance").invoke(null);
        Collection<?> viewpoints = (Collection<?>) registryClass.getMethod("registerFromPlugin", String.class)
                .invoke(registry, specification);
        registered.addAll(viewpoints);
        return true;
    }

    /** Withdraws every viewpoint {@link #register} added. */
    void unregisterAll() throws ReflectiveOperationException {
        if (registered.isEmpty()) {
            return;
        }
        Class<?> registryClass = Class.forName(REGISTRY_CLASS, true, classLoader);
        Object registry = registryClass.getMethod("getInstance").invoke(null);
        Class<?> viewpointClass = Class.forName(VIEWPOINT_CLASS, true, classLoader);
        Method dispose = registryClass.getMethod("disposeFromPlugin", viewpointClass);
        for (Object viewpoint : registered) {
            dispose.invoke(registry, viewpoint);
        }
        registered.clear();
    }
}
