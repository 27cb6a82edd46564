package org.peerplan.ui.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.preference.IPreferenceStore;
import org.peerplan.ui.preferences.Preferences;

/** The plans opened last, newest first, kept in the workbench's preferences for File › Open Recent. */
public final class RecentPlans {

    private RecentPlans() {
    }

    public static List<Path> list() {
        String stored = Preferences.store().getString(Preferences.RECENT_PLANS);
        return stored.isBlank() ? List.of() : Arrays.stream(stored.split("\n")).map(Path::of).toList();
    }

    /** Puts {@code file} first. */
    public static void opened(Path file) {
        List<Path> plans = new ArrayList<>(list());
        plans.remove(file);
        plans.add(0, file);
        store(plans);
    }

    /** Takes {@code file} off the list, for a plan that is gone. */
    public static void forget(Path file) {
        List<Path> plans = new ArrayList<>(list());
        plans.remove(file);
        store(plans);
    }

    private static void store(List<Path> plans) {
        IPreferenceStore store = Preferences.store();
        int keep = Math.max(1, store.getInt(Preferences.RECENT_COUNT));
        store.setValue(Preferences.RECENT_PLANS, String.join("\n",
                plans.stream().limit(keep).map(Path::toString).toList()));
    }
}
