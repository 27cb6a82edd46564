package org.peerplan.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** File › Open Plan...: asks for a {@code .peerplan} file and shows it in the Plan Explorer. */
public class OpenPlanHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setText("Open Plan");
        dialog.setFilterExtensions(new String[] { "*.peerplan", "*.*" });
        dialog.setFilterNames(new String[] { "PeerPlan plans (*.peerplan)", "All files" });
        String chosen = dialog.open();
        if (chosen != null) {
            try {
                ((PlanExplorerView) window.getActivePage().showView(PlanExplorerView.ID)).open(Path.of(chosen));
            } catch (PartInitException e) {
                throw new ExecutionException("the Plan Explorer cannot be shown", e);
            }
        }
        return null;
    }
}
