package org.peerplan.docgen.templates;

import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;

import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

/**
 * Velocity's secure uberspector, narrowed further to an allow-list: templates may call methods and read properties
 * only of the value types the engine hands them (maps, lists, strings, numbers, booleans, dates, trusted markup),
 * and may set nothing on any object. Everything else, from {@code $x.class} to a class loader, resolves to nothing.
 */
public class AllowListUberspector extends SecureUberspector {

    static boolean allowed(Object object) {
        return object instanceof Map<?, ?> || object instanceof Collection<?> || object instanceof CharSequence
                || object instanceof Number || object instanceof Boolean || object instanceof TemporalAccessor
                || object instanceof Trusted;
    }

    /** Even on allowed values, the class is out of reach: printing it alone would leak the runtime's names. */
    private static boolean revealsClass(String name) {
        return name.equals("getClass") || name.equals("class");
    }

    @Override
    public VelMethod getMethod(Object object, String methodName, Object[] arguments, Info info) {
        return allowed(object) && !revealsClass(methodName) ? super.getMethod(object, methodName, arguments, info)
                : null;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object object, String identifier, Info info) {
        return allowed(object) && !revealsClass(identifier) ? super.getPropertyGet(object, identifier, info) : null;
    }

    @Override
    public VelPropertySet getPropertySet(Object object, String identifier, Object argument, Info info) {
        return null;
    }
}
