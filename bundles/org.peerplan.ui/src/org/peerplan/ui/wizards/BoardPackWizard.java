package org.peerplan.ui.wizards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.program.Program;
import org.peerplan.core.privacy.Audience;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.docgen.Format;
import org.peerplan.docgen.templates.TemplateException;
import org.peerplan.docgen.views.PlanViews;
import org.peerplan.model.provider.words.ValueWords;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.preferences.Preferences;

/**
 * Generate Board Pack: the documents a board reads, from the plan as it stands in its editor (saved or not), as the
 * command line's {@code generate} writes them. The progress names each file; Cancel stops before the next one and
 * leaves nothing behind, since every file is written aside and moved into the folder only when all are done. A
 * template's error is shown with its file, line and column.
 */
public final class BoardPackWizard extends Wizard {

    private final PlanEditor editor;

    private BoardPackPage page;

    private List<Path> written = List.of();

    public BoardPackWizard(PlanEditor editor) {
        this.editor = editor;
        setWindowTitle("Generate Board Pack");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        Path folder = Preferences.folder(Preferences.OUTPUT_FOLDER);
        if (folder == null) {
            String name = editor.file().getFileName().toString().replaceFirst("\\.peerplan$", "");
            folder = editor.file().resolveSibling(name + "-documents");
        }
        page = new BoardPackPage(folder, Preferences.folder(Preferences.TEMPLATE_FOLDER), Preferences.formats(),
                editor.asOf());
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Set<Document> documents = page.documents();
        Set<Format> formats = page.formats();
        Path folder = page.folder();
        Path templates = page.templates();
        LocalDate day = page.asOf();
        Audience readers = page.audience();
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    written = generate(documents, formats, folder, templates, new Readers(day, readers), monitor);
                } catch (IOException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            page.setErrorMessage(cause instanceof TemplateException || cause instanceof IOException
                    ? cause.getMessage() : "The documents could not be written: " + cause);
            return false;
        } catch (InterruptedException e) {
            page.setMessage("Cancelled: nothing was written.");
            return false;
        }
        offerToOpen(folder);
        return true;
    }

    /** The day the documents report on and who they are for. */
    private record Readers(LocalDate day, Audience audience) {
    }

    /** Writes every document aside, then moves them into {@code folder} together. */
    private List<Path> generate(Set<Document> documents, Set<Format> formats, Path folder, Path templates,
            Readers readers, IProgressMonitor monitor) throws IOException, InterruptedException {
        monitor.beginTask("Generating documents", documents.size() * formats.size() + 1);
        monitor.subTask("Checking the plan as of " + ValueWords.of(readers.day()));
        Map<String, Object> views = PlanViews.checked(editor.plan(), editor.facts().catalog(), readers.day(),
                readers.audience());
        Files.createDirectories(folder);
        Path aside = Files.createTempDirectory(folder, ".generating-");
        try {
            List<Path> files;
            try {
                // One call, as the command line makes it, so each document's template is rendered once for all
                // its formats. The callback comes before each file: it counts the step just ended (the check, then
                // each file) and is where a Stop takes effect.
                files = new DocumentGenerator(templates).generate(views, documents, formats, aside, step -> {
                    if (monitor.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    monitor.worked(1);
                    monitor.subTask(step);
                });
            } catch (OperationCanceledException e) {
                throw new InterruptedException();
            }
            if (monitor.isCanceled()) {
                throw new InterruptedException();
            }
            List<Path> moved = new ArrayList<>();
            for (Path file : files) {
                Path target = folder.resolve(file.getFileName());
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                moved.add(target);
            }
            return moved;
        } finally {
            deleteAll(aside);
            monitor.done();
        }
    }

    private static void deleteAll(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private void offerToOpen(Path folder) {
        Path first = written.isEmpty() ? folder : written.get(0);
        MessageDialog done = new MessageDialog(getShell(), "Board pack written", null,
                "Wrote " + ValueWords.count(written.size(), "file", "files") + " to " + folder + ".", MessageDialog.INFORMATION, 0, "Close",
                "Open " + first.getFileName(), "Open Folder");
        switch (done.open()) {
            case 1 -> Program.launch(first.toString());
            case 2 -> Program.launch(folder.toString());
            default -> {
                // Closed: the files are where the wizard said.
            }
        }
    }

    /** The files the wizard wrote, in order; none before it finished. */
    public List<Path> written() {
        return written;
    }
}
