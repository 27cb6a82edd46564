package org.peerplan.ui.preferences;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.preference.IPreferenceStore;
import org.peerplan.docgen.Format;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.ui.PeerPlanUi;

/** The workbench's settings, with their defaults, kept in the workbench's preference store. */
public final class Preferences {

    /** Seconds between a change and the recovery copy of the unsaved plan. */
    public static final String RECOVERY_SECONDS = "recoverySeconds";

    /** How many plans File › Open Recent lists. */
    public static final String RECENT_COUNT = "recentCount";

    /** The recent plans, newest first, one path a line. */
    public static final String RECENT_PLANS = "recentPlans";

    /** Whether the plan is checked after every change ({@code true}) or only when it is opened and saved. */
    public static final String CHECK_WHILE_EDITING = "checkWhileEditing";

    /** The day a plan is looked at when it opens: {@value #AS_OF_PLAN} (its own date) or {@value #AS_OF_TODAY}. */
    public static final String AS_OF = "asOf";

    public static final String AS_OF_PLAN = "plan";

    public static final String AS_OF_TODAY = "today";

    /** Where the Generate Board Pack wizard writes, unless told otherwise; empty: beside the plan. */
    public static final String OUTPUT_FOLDER = "outputFolder";

    /** A folder of templates that replace the built-in ones; empty: none. */
    public static final String TEMPLATE_FOLDER = "templateFolder";

    /** The formats the wizard offers ticked, as html,pdf,docx. */
    public static final String FORMATS = "formats";

    private Preferences() {
    }

    public static IPreferenceStore store() {
        IPreferenceStore store = PeerPlanUi.get().getPreferenceStore();
        store.setDefault(RECOVERY_SECONDS, 5);
        store.setDefault(RECENT_COUNT, 8);
        store.setDefault(RECENT_PLANS, "");
        store.setDefault(CHECK_WHILE_EDITING, true);
        store.setDefault(AS_OF, AS_OF_PLAN);
        store.setDefault(OUTPUT_FOLDER, "");
        store.setDefault(TEMPLATE_FOLDER, "");
        store.setDefault(FORMATS, "html,pdf,docx");
        return store;
    }

    /** The day {@code plan} is looked at when it opens, as the preference says. */
    public static LocalDate asOf(ImplementationPlan plan) {
        boolean planDate = AS_OF_PLAN.equals(store().getString(AS_OF));
        return planDate && plan.getPreparedOn() != null ? plan.getPreparedOn() : LocalDate.now();
    }

    /** The formats ticked by default. */
    public static Set<Format> formats() {
        Set<Format> formats = EnumSet.noneOf(Format.class);
        Arrays.stream(store().getString(FORMATS).split(",")).map(String::strip).forEach(name -> {
            for (Format format : Format.values()) {
                if (format.extension().equals(name.toLowerCase(Locale.ROOT))) {
                    formats.add(format);
                }
            }
        });
        return formats;
    }

    /** The folder named by {@code key}, or {@code null} when it is not set. */
    public static Path folder(String key) {
        String value = store().getString(key);
        return value == null || value.isBlank() ? null : Path.of(value);
    }
}
