package org.peerplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.privacy.Audience;
import org.peerplan.core.plan.LargePlanGenerator;
import org.peerplan.diagram.Diagram;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.docgen.Format;
import org.peerplan.docgen.views.PlanViews;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerPlanPackage.Literals;
import org.peerplan.model.Task;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.editor.pages.TimelinePage;
import org.peerplan.ui.handlers.PlanOpener;
import org.peerplan.ui.preferences.Preferences;
import org.peerplan.ui.problems.FindingMarkers;
import org.peerplan.ui.problems.PlanFiles;
import org.peerplan.ui.wizards.BoardPackWizard;

/**
 * Prints how fast the editor answers, on the example and on a generated plan of 1,000 tasks: opening the plan, one
 * edit until the Timeline page (grid, computed dates and Gantt chart) shows it, and until the plan's findings after
 * the edit are in the Problems view (the check waits a tenth of a second for changes to stop, then runs aside); and
 * the board pack from the wizard against the command line's steps. The figures go to the test output
 * and to {@code target/editor-speed.txt}; the harness checks what happened, never how long it took.
 */
class EditorSpeedHarness extends WorkbenchTest {

    private static final int RUNS = 5;


    @Test
    void theExample() throws Exception {
        measure("example", Workbench.example());
    }

    @Test
    void aPlanOfAThousandTasks() throws Exception {
        ImplementationPlan plan = new LargePlanGenerator(ToolkitCatalog.in(PlanStore.newResourceSet())).generate(1000,
                42);
        Path file = folder.resolve("thousand.peerplan");
        new PlanStore().save(plan, file);
        measure("1,000 tasks", file);
    }

    /**
     * The board pack in HTML, PDF and DOCX from the wizard (Finish until it says the files are written; it looks
     * every 50 ms) and, in the same warmed-up JVM, by the command line's own steps: read the file, check, render.
     */
    @Test
    void theBoardPackFromTheWizardAndFromTheCommandLine() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        Preferences.store().setValue(Preferences.FORMATS, "html,pdf,docx");
        List<Long> fromWizard = new ArrayList<>();
        List<Long> fromCommandLine = new ArrayList<>();
        try {
            for (int run = 0; run < RUNS + 1; run++) {
                Preferences.store().setValue(Preferences.OUTPUT_FOLDER, folder.resolve("wizard-" + run).toString());
                BoardPackWizard wizard = new BoardPackWizard(editor);
                Shell dialog = Workbench.openWithoutBlocking(new WizardDialog(Workbench.shell(), wizard)).getShell();
                long[] written = new long[1];
                Workbench.whenDialog("Board pack written", done -> {
                    written[0] = System.nanoTime();
                    Workbench.press(Workbench.button(done, "Close"));
                });
                long t0 = System.nanoTime();
                Workbench.press(Workbench.button(dialog, "Finish"));
                Workbench.await(dialog::isDisposed, "the wizard to finish");
                assertEquals(3, wizard.written().size(), "the wizard wrote " + wizard.written());

                long t1 = System.nanoTime();
                ImplementationPlan plan = new PlanStore().load(editor.file());
                List<Path> files = new DocumentGenerator(null).generate(
                        PlanViews.checked(plan, ToolkitCatalog.in(plan.eResource().getResourceSet()), editor.asOf(),
                                Audience.BOARD),
                        EnumSet.of(Document.BOARD_PACK), EnumSet.allOf(Format.class), folder.resolve("cli-" + run),
                        step -> {
                        });
                long t2 = System.nanoTime();
                assertEquals(3, files.size());
                if (run > 0) {
                    fromWizard.add(written[0] - t0);
                    fromCommandLine.add(t2 - t1);
                }
            }
        } finally {
            Preferences.store().setToDefault(Preferences.FORMATS);
            Preferences.store().setToDefault(Preferences.OUTPUT_FOLDER);
        }
        String line = String.format(Locale.ROOT,
                "[editor speed] board pack as HTML, PDF and DOCX: from the wizard median %d ms (slowest %d ms), by "
                        + "the command line's steps median %d ms (slowest %d ms) (%d runs after a warm-up)",
                median(fromWizard), slowest(fromWizard), median(fromCommandLine), slowest(fromCommandLine), RUNS);
        System.out.println(line);
        report(line);
    }

    private static long median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) / 1_000_000;
    }

    private static long slowest(List<Long> nanos) {
        return Collections.max(nanos) / 1_000_000;
    }

    private void measure(String name, Path source) throws Exception {
        Path file = folder.resolve("measured.peerplan");
        Files.copy(source, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Workbench.shell().forceActive();
        long start = System.nanoTime();
        PlanEditor editor = PlanOpener.open(Workbench.page().getWorkbenchWindow(), file);
        Workbench.settle();
        long open = System.nanoTime() - start;

        TimelinePage timeline = Workbench.show(editor, TimelinePage.ID);
        Task task = editor.plan().getTimeline().getStages().get(0).getTasks().get(0);
        List<Long> edits = new ArrayList<>();
        List<Long> checks = new ArrayList<>();
        for (int run = 0; run < RUNS + 1; run++) {
            quiet(editor);
            long checkedBefore = newestFinding(editor);
            Diagram before = timeline.gantt().diagram();
            int days = task.getDurationDays() + 1;
            long t0 = System.nanoTime();
            editor.domain().getCommandStack().execute(SetCommand.create(editor.domain(), task,
                    Literals.TASK__DURATION_DAYS, days));
            Workbench.settle();
            long took = System.nanoTime() - t0;
            Workbench.await(() -> newestFinding(editor) > checkedBefore, "the findings of the edited plan");
            long listed = System.nanoTime() - t0;
            assertNotSame(before, timeline.gantt().diagram(), "the Gantt chart was drawn again");
            assertEquals(String.valueOf(days), Workbench.row(timeline.tasks().viewer().getTable(),
                    item -> item.getData() == task).getText(Workbench.column(timeline.tasks().viewer().getTable(),
                            "Duration (working days)")));
            if (run > 0) {
                edits.add(took);
                checks.add(listed);
            }
        }
        String line = String.format(Locale.ROOT,
                "[editor speed] %s: open %d ms; one edit until the Timeline page and its Gantt show it: median %d ms, "
                        + "slowest %d ms; until its findings are in the Problems view: median %d ms, slowest %d ms "
                        + "(%d runs after a warm-up)",
                name, open / 1_000_000, median(edits), slowest(edits), median(checks), slowest(checks), RUNS);
        System.out.println(line);
        report(line);
    }

    /** Lets the workbench finish what the last edit started (the check after it), so runs do not overlap. */
    private static void quiet(PlanEditor editor) {
        long end = System.currentTimeMillis() + 800;
        while (System.currentTimeMillis() < end) {
            Workbench.settle();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The identifier of the newest finding on the plan's file: each check replaces them all by new ones. */
    private static long newestFinding(PlanEditor editor) {
        try {
            IFile file = PlanFiles.find(editor.file());
            return file == null ? -1 : Arrays.stream(FindingMarkers.on(file)).mapToLong(IMarker::getId).max()
                    .orElse(-1);
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void report(String line) throws IOException {
        Path report = Path.of("target/editor-speed.txt");
        Files.writeString(report, line + System.lineSeparator(), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
