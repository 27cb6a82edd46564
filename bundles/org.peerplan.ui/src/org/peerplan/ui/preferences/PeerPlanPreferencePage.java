package org.peerplan.ui.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window › Preferences › PeerPlan: the day plans are looked at, checking while editing, where documents go and from
 * which templates, the formats ticked, recovery copies and the recent plans list.
 */
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
        addField(new RadioGroupFieldEditor(Preferences.AS_OF, "Look at a plan as of:", 1, new String[][] {
            { "The plan's own date (Prepared on)", Preferences.AS_OF_PLAN },
            { "Today", Preferences.AS_OF_TODAY } }, getFieldEditorParent(), true));
        addField(new BooleanFieldEditor(Preferences.CHECK_WHILE_EDITING,
                "Check the plan against the toolkits' rules after every change (else when opened and saved)",
                getFieldEditorParent()));
        addField(new DirectoryFieldEditor(Preferences.OUTPUT_FOLDER, "Write documents to (empty: beside the plan):",
                getFieldEditorParent()));
        addField(new DirectoryFieldEditor(Preferences.TEMPLATE_FOLDER, "Templates that replace the built-in ones:",
                getFieldEditorParent()));
        StringFieldEditor formats = new StringFieldEditor(Preferences.FORMATS, "Formats ticked (html, pdf, docx):",
                getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                boolean ok = getStringValue().matches("\\s*(html|pdf|docx)(\\s*,\\s*(html|pdf|docx))*\\s*");
                setErrorMessage(ok ? null : "List html, pdf or docx, separated by commas.");
                return ok;
            }
        };
        addField(formats);
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
