package org.peerplan.core.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

/** The changes a comparison finds, as it finds them, and the ways of finding them that its parts share. */
final class ChangeList {

    private final List<Change> changes = new ArrayList<>();

    void add(ChangeArea area, ChangeKind kind, String id, String text, long workingDays) {
        changes.add(new Change(area, kind, id, text, workingDays));
    }

    List<Change> inAreaOrder() {
        return changes.stream().sorted(Comparator.comparing(Change::area)).toList();
    }

    /**
     * What both versions hold, compared by {@code compare}; what one holds only, added or removed; renames. The maps
     * are keyed by what makes two elements the same, mostly their identity; a change names the element by its
     * identity in the file.
     */
    <T> void matched(ChangeArea area, Map<String, T> old, Map<String, T> current,
            Function<T, String> name, String kind, Matched<T> compare) {
        current.forEach((key, element) -> {
            String id = element instanceof EObject object ? Snapshot.idOf(object) : key;
            T was = old.get(key);
            if (was == null) {
                add(area, ChangeKind.ADDED, id, kind + " '" + name.apply(element) + "' was added.", 0);
                return;
            }
            if (!Objects.equals(name.apply(was), name.apply(element))) {
                add(area, ChangeKind.RENAMED, id, kind + " '" + name.apply(was) + "' is now called '"
                        + name.apply(element) + "'.", 0);
            }
            compare.both(id, was, element);
        });
        old.forEach((key, element) -> {
            if (!current.containsKey(key)) {
                // Gone from the plan, it is named by its identity in the earlier version.
                add(area, ChangeKind.REMOVED, element instanceof EObject object ? Snapshot.idOf(object) : key,
                        kind + " '" + name.apply(element) + "' was removed.", 0);
            }
        });
    }

    @FunctionalInterface
    interface Matched<T> {
        void both(String id, T was, T is);
    }

    /** The elements by their identity in the file; an element without one is left out. */
    static <T extends EObject> Map<String, T> byId(List<T> elements) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T element : elements) {
            String id = Snapshot.idOf(element);
            if (id != null) {
                byId.put(id, element);
            }
        }
        return byId;
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static String money(BigDecimal amount) {
        return amount == null ? "an unset rate" : String.format(Locale.US, "$%,.2f", amount);
    }
}
