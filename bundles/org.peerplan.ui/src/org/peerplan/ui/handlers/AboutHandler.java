package org.peerplan.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.peerplan.ui.PeerPlanUi;

/** Help › About PeerPlan Workbench: what it is, its version and where its content comes from. */
public class AboutHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        MessageDialog.openInformation(HandlerUtil.getActiveShellChecked(event), "About PeerPlan Workbench",
                "PeerPlan Workbench " + PeerPlanUi.get().getBundle().getVersion() + "\n\n"
                        + "Plans for bringing peer support workers into an agency: readiness, timeline, policy "
                        + "review, root causes, actions, roles and supervision, training and budget — checked against "
                        + "the toolkits' rules, drawn as diagrams and written as the documents a board reads.\n\n"
                        + "The quiz items, checklists, rules and courses are the toolkits' content in PeerPlan's "
                        + "words; every item cites its source document and section.");
        return null;
    }
}
