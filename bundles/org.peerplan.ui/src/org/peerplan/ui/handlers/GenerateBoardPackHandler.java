package org.peerplan.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.wizards.BoardPackWizard;

/** File › Generate Board Pack…: the documents of the plan in the editor in use. */
public class GenerateBoardPackHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IEditorPart active = HandlerUtil.getActiveEditor(event);
        if (active instanceof PlanEditor editor) {
            editor.commitEdits();
            new WizardDialog(HandlerUtil.getActiveShellChecked(event), new BoardPackWizard(editor)).open();
        }
        return null;
    }
}
