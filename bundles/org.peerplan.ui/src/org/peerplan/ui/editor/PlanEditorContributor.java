package org.peerplan.ui.editor;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;
import org.peerplan.ui.editor.actions.PlanActions;

/**
 * Connects the window's Edit and File actions to the active plan editor: Undo and Redo with the command's name, the
 * element actions on its selection, and Revert. Names and enablement follow the command stack, the selection and the
 * keyboard focus.
 */
public final class PlanEditorContributor extends MultiPageEditorActionBarContributor {

    private PlanEditor editor;

    private final PlanActions actions = new PlanActions(() -> editor, () -> editor == null ? null : editor.selection());

    private final Action revert = new Action("Revert") {
        @Override
        public void run() {
            if (editor != null && editor.isDirty() && MessageDialog.openConfirm(editor.getSite().getShell(),
                    "Revert", "Throw away the unsaved changes to " + editor.file().getFileName() + "?")) {
                editor.revert();
            }
        }
    };

    private final CommandStackListener stackListener = event -> Display.getDefault().asyncExec(this::update);

    private final ISelectionChangedListener selectionListener = event -> update();

    private final Listener focusListener = event -> update();

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        Display.getDefault().addFilter(SWT.FocusIn, focusListener);
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        if (editor == part) {
            return;
        }
        if (editor != null) {
            editor.domain().getCommandStack().removeCommandStackListener(stackListener);
            editor.getSite().getSelectionProvider().removeSelectionChangedListener(selectionListener);
        }
        editor = part instanceof PlanEditor planEditor ? planEditor : null;
        if (editor != null) {
            editor.domain().getCommandStack().addCommandStackListener(stackListener);
            editor.getSite().getSelectionProvider().addSelectionChangedListener(selectionListener);
        }
        super.setActiveEditor(part);
        IActionBars bars = getActionBars();
        actions.install(bars);
        bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
        update();
        bars.updateActionBars();
    }

    @Override
    public void setActivePage(IEditorPart activeEditor) {
        // The pages are forms, not nested editors: the actions follow the plan editor itself.
    }

    /** New names and enablement reach the menus through the actions' own change events. */
    private void update() {
        actions.update();
        revert.setEnabled(editor != null && editor.isDirty());
    }

    @Override
    public void dispose() {
        Display.getDefault().removeFilter(SWT.FocusIn, focusListener);
        if (editor != null) {
            editor.domain().getCommandStack().removeCommandStackListener(stackListener);
            editor = null;
        }
        super.dispose();
    }
}
