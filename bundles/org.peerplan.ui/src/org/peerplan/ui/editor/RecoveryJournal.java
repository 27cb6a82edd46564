package org.peerplan.ui.editor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.peerplan.ui.PeerPlanUi;

/**
 * Copies of unsaved plans kept in the workbench's state folder, so that work survives a crash: an editor writes one a
 * few seconds after each change and removes it when the plan is saved, reverted or closed without saving; what is left
 * at the next start was lost by a crash and is offered back.
 *
 * <p>Each plan has two files named by a digest of its path: the plan as it stood ({@code .peerplan}) and a note of
 * which file it belongs to and when it was written ({@code .properties}).</p>
 */
public final class RecoveryJournal {

    /** An unsaved copy of {@code plan}, written at {@code written}, in {@code copy}. */
    public record Entry(Path plan, Path copy, Instant written) {
    }

    private final Path folder;

    public RecoveryJournal(Path folder) {
        this.folder = folder;
    }

    /** The journal in the workbench's state folder. */
    public static RecoveryJournal ofWorkbench() {
        return new RecoveryJournal(PeerPlanUi.get().getStateLocation().toPath().resolve("recovery"));
    }

    /** Keeps {@code content} as the unsaved state of {@code plan}; the copy is replaced whole or not at all. */
    public void write(Path plan, byte[] content) throws IOException {
        Files.createDirectories(folder);
        String key = PathKey.of(plan);
        replace(folder.resolve(key + ".peerplan"), content);
        Properties note = new Properties();
        note.setProperty("plan", plan.toString());
        note.setProperty("written", Instant.now().toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        note.store(bytes, "PeerPlan recovery copy");
        replace(folder.resolve(key + ".properties"), bytes.toByteArray());
    }

    private void replace(Path file, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            out.write(content);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Forgets the unsaved state of {@code plan}: it was saved, reverted or deliberately thrown away. */
    public void delete(Path plan) {
        String key = PathKey.of(plan);
        try {
            Files.deleteIfExists(folder.resolve(key + ".properties"));
            Files.deleteIfExists(folder.resolve(key + ".peerplan"));
        } catch (IOException e) {
            // A copy left behind is offered again at the next start, which the user can decline.
        }
    }

    /** The unsaved copy of {@code plan}, if there is one. */
    public Entry find(Path plan) {
        return entries().stream().filter(entry -> entry.plan().equals(plan)).findFirst().orElse(null);
    }

    /** Every unsaved copy in the folder, oldest first. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return entries;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path note : files.filter(f -> f.getFileName().toString().endsWith(".properties")).toList()) {
                Entry entry = read(note);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            return entries;
        }
        entries.sort(Comparator.comparing(Entry::written));
        return entries;
    }

    private static Entry read(Path note) {
        String name = note.getFileName().toString();
        Path copy = note.resolveSibling(name.substring(0, name.length() - ".properties".length()) + ".peerplan");
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(note)) {
            properties.load(in);
            return Files.exists(copy) ? new Entry(Path.of(properties.getProperty("plan")), copy,
                    Instant.parse(properties.getProperty("written"))) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
