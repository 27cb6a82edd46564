package org.peerplan.docgen.templates;

import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.apache.velocity.runtime.directive.Scope;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

/**
 * Velocity's secure uberspector, narrowed further to an allow-list: templates may call methods and read properties
 * only of the value types the engine hands them (maps, lists, strings, numbers, booleans, dates, trusted markup),
 * may only read maps and lists (a template that could call {@code clear()} could silently empty a document), and
 * may set nothing on any object. Everything else, from {@code $x.class} to a class loader, resolves to nothing.
 */
public class AllowListUberspector extends SecureUberspector {

    static boolean allowed(Object object) {
        return object instanceof Map<?, ?> || object instanceof Collection<?> || object instanceof CharSequence
                || object instanceof Number || object instanceof Boolean || object instanceof TemporalAccessor
                || object instanceof Trusted;
    }

    /** What a template may call on a map or a list: reading, never changing. */
    private static final Set<String> CONTAINER_READERS = Set.of("get", "getOrDefault", "containsKey", "containsValue",
            "contains", "isEmpty", "size", "keySet", "values", "indexOf", "iterator", "toString", "equals",
            "hashCode", "subList");

    private static boolean callable(Object object, String name) {
        if (object instanceof Map<?, ?> || object instanceof Collection<?>) {
            return CONTAINER_READERS.contains(name);
        }
        return !revealsClass(name);
    }

    /** Even on allowed values, the class is out of reach: printing it alone would leak the runtime's names. */
    private static boolean revealsClass(String name) {
        return name.equals("getClass") || name.equals("class");
    }

    @Override
    public VelMethod getMethod(Object object, String methodName, Object[] arguments, Info info) {
        return allowed(object) && callable(object, methodName) ? super.getMethod(object, methodName, arguments, info)
                : null;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object object, String identifier, Info info) {
        if (!allowed(object) || revealsClass(identifier)) {
            return null;
        }
        // On a list only $list.size and $list.empty read anything; on a map $map.key may read the entry and nothing
        // else, since Velocity would otherwise resolve $map.clear to a call of clear().
        if (object instanceof Collection<?> && !identifier.equals("size") && !identifier.equals("empty")) {
            return null;
        }
        VelPropertyGet getter = super.getPropertyGet(object, identifier, info);
        // Velocity's own loop and template scopes ($foreach.count, $foreach.hasNext) are maps too, and read-only.
        if (object instanceof Map<?, ?> && !(object instanceof Scope) && getter != null
                && !"get".equals(getter.getMethodName())) {
            return null;
        }
        return getter;
    }

    @Override
    public VelPropertySet getPropertySet(Object object, String identifier, Object argument, Info info) {
        return null;
    }
}
