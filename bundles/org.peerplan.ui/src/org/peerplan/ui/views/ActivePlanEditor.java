package org.peerplan.ui.views;

import java.util.function.Consumer;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.peerplan.ui.editor.PlanEditor;

/**
 * Follows, for a view, the plan editor the user works in: the one last activated, until it closes. The view hears
 * when that editor changes and, after each change, once the editor's facts describe the plan as changed.
 */
final class ActivePlanEditor implements IPartListener2 {

    private final IWorkbenchPage page;

    private final Consumer<PlanEditor> shown;

    private final Runnable changed;


    private PlanEditor editor;

    /**
     * @param shown   told of the editor now followed, or {@code null} when none is left
     * @param changed told that the followed editor's plan changed
     */
    ActivePlanEditor(IWorkbenchPage page, Consumer<PlanEditor> shown, Runnable changed) {
        this.page = page;
        this.shown = shown;
        this.changed = changed;
        page.addPartListener(this);
        IEditorPart active = page.getActiveEditor();
        if (active instanceof PlanEditor planEditor) {
            follow(planEditor);
        }
    }

    PlanEditor editor() {
        return editor;
    }

    private void follow(PlanEditor newEditor) {
        if (newEditor == editor) {
            return;
        }
        if (editor != null) {
            editor.removeFactsListener(changed);
        }
        editor = newEditor;
        if (editor != null) {
            editor.addFactsListener(changed);
        }
        shown.accept(editor);
    }

    @Override
    public void partActivated(IWorkbenchPartReference reference) {
        if (reference.getPart(false) instanceof PlanEditor planEditor) {
            follow(planEditor);
        }
    }

    @Override
    public void partClosed(IWorkbenchPartReference reference) {
        if (reference.getPart(false) == editor) {
            IEditorPart next = page.getActiveEditor();
            follow(next instanceof PlanEditor planEditor && planEditor != editor ? planEditor : null);
        }
    }

    @Override
    public void partInputChanged(IWorkbenchPartReference reference) {
        if (reference.getPart(false) == editor) {
            changed.run();
        }
    }

    void dispose() {
        page.removePartListener(this);
        if (editor != null) {
            editor.removeFactsListener(changed);
        }
    }
}
