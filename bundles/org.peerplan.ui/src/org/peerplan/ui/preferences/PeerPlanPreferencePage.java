package org.peerplan.ui.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window › Preferences › PeerPlan: how often unsaved work is kept for recovery, how many recent plans to list. */
public final class PeerPlanPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public PeerPlanPreferencePage() {
        super(GRID);
        setDescription("How the workbench looks after your plans.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(Preferences.store());
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor seconds = new IntegerFieldEditor(Preferences.RECOVERY_SECONDS,
                "Keep a recovery copy of unsaved changes after (seconds):", getFieldEditorParent());
        seconds.setValidRange(1, 600);
        addField(seconds);
        IntegerFieldEditor recent = new IntegerFieldEditor(Preferences.RECENT_COUNT,
                "Plans listed under File › Open Recent:", getFieldEditorParent());
        recent.setValidRange(1, 30);
        addField(recent);
    }
}
