package org.peerplan.ui.views;

import java.util.function.Consumer;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.peerplan.ui.editor.PlanEditor;

/**
 * Follows, for a view, the plan editor the user works in: the one last activated, until it closes. The view hears
 * when that editor changes and, after each change, once the editor's facts describe the plan as changed; while the
 * view cannot be seen it hears nothing, and once when it can be seen again, for what it shows may take long to make.
 */
final class ActivePlanEditor implements IPartListener2 {

    private final IWorkbenchPage page;

    private final IWorkbenchPart view;

    private final Consumer<PlanEditor> shown;

    private final Runnable changed;

    private final Runnable factsChanged = this::changed;

    private PlanEditor editor;

    /** The editor the view was last told of. */
    private PlanEditor told;

    /** Something happened while the view could not be seen: tell it when it can. */
    private boolean stale;

    /**
     * @param shown   told of the editor now followed, or {@code null} when none is left
     * @param changed told that the followed editor's plan changed, or that the view can be seen again after a change
     */
    ActivePlanEditor(IWorkbenchPart view, Consumer<PlanEditor> shown, Runnable changed) {
        this.page = view.getSite().getPage();
        this.view = view;
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

    /** Whether the view can be seen; if not, it will hear once it can. */
    boolean visible() {
        stale = !page.isPartVisible(view);
        return !stale;
    }

    private void follow(PlanEditor newEditor) {
        if (newEditor == editor) {
            return;
        }
        if (editor != null) {
            editor.removeFactsListener(factsChanged);
        }
        editor = newEditor;
        if (editor != null) {
            editor.addFactsListener(factsChanged);
        }
        if (visible()) {
            tell();
        }
    }

    private void tell() {
        told = editor;
        shown.accept(editor);
    }

    private void changed() {
        if (visible()) {
            changed.run();
        }
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
            changed();
        }
    }

    @Override
    public void partVisible(IWorkbenchPartReference reference) {
        if (reference.getPart(false) == view && stale) {
            stale = false;
            if (told != editor) {
                tell();
            } else {
                changed.run();
            }
        }
    }

    void dispose() {
        page.removePartListener(this);
        if (editor != null) {
            editor.removeFactsListener(factsChanged);
        }
    }
}
