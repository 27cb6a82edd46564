package org.peerplan.ui.handlers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.editor.PlanEditorInput;
import org.peerplan.ui.editor.RecoveryJournal;

/**
 * Opens plan files in the plan editor, offering first the unsaved changes a crash left behind, and says in one
 * sentence why a file cannot be opened.
 */
public final class PlanOpener {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, yyyy 'at' h:mm a", Locale.US)
            .withZone(ZoneId.systemDefault());

    private PlanOpener() {
    }

    /** Opens {@code file}, or brings its editor to the front; returns the editor, or {@code null}. */
    public static PlanEditor open(IWorkbenchWindow window, Path file) {
        Path plan = file.toAbsolutePath().normalize();
        RecoveryJournal.Entry copy = RecoveryJournal.ofWorkbench().find(plan);
        if (copy != null && window.getActivePage().findEditor(new PlanEditorInput(plan)) == null) {
            copy = offer(window, copy) ? copy : null;
        }
        if (!Files.exists(plan) && copy == null) {
            MessageDialog.openError(window.getShell(), "Cannot open plan", plan + " does not exist.");
            RecentPlans.forget(plan);
            return null;
        }
        try {
            IEditorPart editor = window.getActivePage().openEditor(new PlanEditorInput(plan, copy), PlanEditor.ID);
            return editor instanceof PlanEditor planEditor ? planEditor : null;
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), "Cannot open plan", e.getMessage());
            return null;
        }
    }

    /** Asks whether to take up the unsaved changes of a recovery copy; a no throws the copy away. */
    private static boolean offer(IWorkbenchWindow window, RecoveryJournal.Entry copy) {
        MessageDialog dialog = new MessageDialog(window.getShell(), "Recover unsaved changes", null,
                "PeerPlan closed on " + WHEN.format(copy.written()) + " without saving changes to "
                        + copy.plan().getFileName() + ". Recover those changes? They stay unsaved until you save.",
                MessageDialog.QUESTION, 0, "Recover", "Discard them");
        boolean recover = dialog.open() == 0;
        if (!recover) {
            RecoveryJournal.ofWorkbench().delete(copy.plan());
        }
        return recover;
    }

    /** Offers back every plan a crash left unsaved, one after the other; for the first window of a start. */
    public static void offerRecoveries(IWorkbenchWindow window) {
        for (RecoveryJournal.Entry copy : RecoveryJournal.ofWorkbench().entries()) {
            open(window, copy.plan());
        }
    }
}
