package org.peerplan.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.problems.Remedies;

/**
 * Quick Fix (Ctrl+1) in the plan editor: a menu, where the pointer is, of the remedies for the findings on the
 * element selected; the status line says so when there are none.
 */
public class QuickFixHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!(HandlerUtil.getActiveEditor(event) instanceof PlanEditor editor)) {
            return null;
        }
        Object selected = editor.selection() instanceof IStructuredSelection chosen ? chosen.getFirstElement() : null;
        Shell shell = editor.getSite().getShell();
        List<Remedies.Remedy> remedies = selected instanceof EObject element
                ? Remedies.of(editor, element, null, shell) : List.of();
        if (remedies.isEmpty()) {
            editor.getEditorSite().getActionBars().getStatusLineManager()
                    .setMessage("No quick fix for what is selected.");
            return null;
        }
        Menu menu = new Menu(shell, SWT.POP_UP);
        for (Remedies.Remedy remedy : remedies) {
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(remedy.label().replace("&", "&&"));
            item.addListener(SWT.Selection, e -> remedy.run().run());
        }
        menu.setLocation(shell.getDisplay().getCursorLocation());
        menu.setVisible(true);
        return null;
    }
}
