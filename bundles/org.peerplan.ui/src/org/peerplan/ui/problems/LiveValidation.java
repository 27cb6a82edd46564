package org.peerplan.ui.problems;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.peerplan.core.persistence.PlanLoadException;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.validation.PlanChecker;
import org.peerplan.core.validation.RuleRegistry;
import org.peerplan.ui.PeerPlanUi;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.preferences.Preferences;

/**
 * Checks an editor's plan after every change without making the editor wait: a tenth of a second after the last
 * change the plan is copied as it stands (the only work on the UI thread), and a background job reads the copy,
 * checks it against every rule and puts the findings on the plan file as markers. A job still running when the plan
 * changes again is simply followed by another one; the markers always describe the latest copy checked.
 */
final class LiveValidation {

    /** Milliseconds of quiet after a change before the plan is checked. */
    static final int DELAY = 100;

    private final PlanEditor editor;

    private final Runnable changed = this::changed;

    private final Consumer<List<FindingMarkers.Entry>> checked;

    private final Job job;

    private boolean scheduled;

    private volatile Snapshot latest;

    /** The editor closed: no job may put findings on the file any more. */
    private volatile boolean disposed;

    private record Snapshot(byte[] plan, Path file, LocalDate asOf) {
    }

    /** @param checked told on the UI thread of the findings each check put on the file */
    LiveValidation(PlanEditor editor, Consumer<List<FindingMarkers.Entry>> checked) {
        this.editor = editor;
        this.checked = checked;
        this.job = new Job("Checking " + editor.file().getFileName() + " against the toolkits' rules") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return check(monitor);
            }
        };
        job.setSystem(true);
        editor.addFactsListener(changed);
        snapshot();
    }

    private void changed() {
        if (!Preferences.store().getBoolean(Preferences.CHECK_WHILE_EDITING) && editor.isDirty()) {
            // Checked when the plan is saved (the dirty marker goes) or opened, as the preference asks.
            return;
        }
        if (!scheduled) {
            scheduled = true;
            Display.getCurrent().timerExec(DELAY, this::snapshot);
        }
    }

    private void snapshot() {
        scheduled = false;
        if (editor.plan() == null || editor.plan().eResource() == null) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            editor.plan().eResource().save(bytes, PlanStore.saveOptions());
        } catch (IOException e) {
            return;
        }
        latest = new Snapshot(bytes.toByteArray(), editor.file(), editor.facts().asOf());
        job.schedule();
    }

    private IStatus check(IProgressMonitor monitor) {
        Snapshot snapshot = latest;
        if (snapshot == null || monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        List<FindingMarkers.Entry> entries;
        try {
            entries = FindingMarkers.entries(new PlanChecker(RuleRegistry.all(), snapshot.asOf())
                    .check(new PlanStore().read(snapshot.plan(), snapshot.file())));
        } catch (PlanLoadException e) {
            return Status.error("The plan could not be checked: " + e.getMessage(), e);
        }
        try {
            IFile file = PlanFiles.of(snapshot.file());
            IWorkspaceRunnable replace = progress -> {
                if (!disposed) {
                    FindingMarkers.replace(file, entries);
                }
            };
            ResourcesPlugin.getWorkspace().run(replace, file, 0, monitor);
        } catch (CoreException e) {
            return Status.error("The findings could not be listed: " + e.getMessage(), e);
        }
        Display display = PeerPlanUi.get().getWorkbench().getDisplay();
        if (!display.isDisposed() && snapshot == latest) {
            display.asyncExec(() -> checked.accept(entries));
        }
        return Status.OK_STATUS;
    }

    /** Stops checking and takes the editor's findings off its file: a closed plan's findings would go stale. */
    void dispose() {
        disposed = true;
        editor.removeFactsListener(changed);
        job.cancel();
        IFile file = PlanFiles.find(editor.file());
        if (file != null) {
            try {
                ResourcesPlugin.getWorkspace().run(progress -> file.deleteMarkers(FindingMarkers.TYPE, false, 0),
                        file, 0, null);
            } catch (CoreException e) {
                // The findings are not persistent markers: they go with the next start at the latest.
            }
        }
    }
}
