package org.peerplan.ui.problems;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.peerplan.ui.editor.PlanEditor;

/**
 * Keeps every open plan editor checked ({@link LiveValidation}) from the moment it opens until it closes; installed on
 * the workbench window's page at start.
 */
public final class Validations implements IPartListener2 {

    private final Map<PlanEditor, LiveValidation> running = new HashMap<>();

    private Validations() {
    }

    /** Checks the plan editors of {@code page}, those open now and those opened later. */
    public static void install(IWorkbenchPage page) {
        Validations validations = new Validations();
        page.addPartListener(validations);
        for (var reference : page.getEditorReferences()) {
            validations.partOpened(reference);
        }
    }

    @Override
    public void partOpened(IWorkbenchPartReference reference) {
        if (reference.getPart(false) instanceof PlanEditor editor && !running.containsKey(editor)) {
            running.put(editor, new LiveValidation(editor, entries -> shown(editor, entries)));
        }
    }

    @Override
    public void partClosed(IWorkbenchPartReference reference) {
        LiveValidation validation = running.remove(reference.getPart(false));
        if (validation != null) {
            validation.dispose();
        }
    }

    private static void shown(PlanEditor editor, List<FindingMarkers.Entry> entries) {
        if (editor.isShowing()) {
            editor.findingsChecked(entries.stream().filter(e -> e.element() != null)
                    .map(e -> new PlanEditor.Flag(e.element(), e.severity(), e.message() + "\n" + rule(e)))
                    .toList());
        }
    }

    private static String rule(FindingMarkers.Entry entry) {
        return entry.citation() == null || entry.citation().isEmpty() ? entry.ruleTitle()
                : entry.ruleTitle() + " · " + entry.citation();
    }
}
