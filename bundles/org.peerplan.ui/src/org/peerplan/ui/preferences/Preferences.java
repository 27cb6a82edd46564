package org.peerplan.ui.preferences;

import org.eclipse.jface.preference.IPreferenceStore;
import org.peerplan.ui.PeerPlanUi;

/** The workbench's settings, with their defaults. */
public final class Preferences {

    /** Seconds between a change and the recovery copy of the unsaved plan. */
    public static final String RECOVERY_SECONDS = "recoverySeconds";

    /** How many plans File › Open Recent lists. */
    public static final String RECENT_COUNT = "recentCount";

    /** The recent plans, newest first, one path a line. */
    public static final String RECENT_PLANS = "recentPlans";

    private Preferences() {
    }

    public static IPreferenceStore store() {
        IPreferenceStore store = PeerPlanUi.get().getPreferenceStore();
        store.setDefault(RECOVERY_SECONDS, 5);
        store.setDefault(RECENT_COUNT, 8);
        store.setDefault(RECENT_PLANS, "");
        return store;
    }
}
