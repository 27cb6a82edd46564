package org.peerplan.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.peerplan.core.persistence.PlanStore;

/** File › Open Plan...: asks for a {@code .peerplan} file and opens it in the plan editor. */
public class OpenPlanHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setText("Open Plan");
        dialog.setFilterExtensions(new String[] { "*." + PlanStore.EXTENSION, "*.*" });
        dialog.setFilterNames(new String[] { "PeerPlan plans (*.peerplan)", "All files" });
        String chosen = dialog.open();
        if (chosen != null) {
            PlanOpener.open(window, Path.of(chosen));
        }
        return null;
    }
}
