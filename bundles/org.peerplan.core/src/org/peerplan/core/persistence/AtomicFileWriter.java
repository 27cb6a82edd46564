package org.peerplan.core.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file's content so that a failure at any point leaves either the old or the new content in place, never a
 * mixture: the bytes go to a temporary file in the same folder, are forced to disk, the previous version is copied to
 * {@code NAME.bak}, and only then is the temporary file renamed over the original.
 *
 * <p>The new version keeps the original's permissions and group (where the file system has them); the backup keeps
 * only the owner's, and a new file is its owner's alone, since a plan holds personal data. Temporary files are hidden,
 * their owner's alone, end in {@code .tmp} and never in a plan's extension; those that a killed write left behind are
 * removed by the next write of the same file.</p>
 */
public final class AtomicFileWriter {

    /** The steps of a write, in order; a {@link Checkpoint} sees each one before it happens. */
    public enum Step {
        WRITE_TEMPORARY, FORCE_TEMPORARY, BACKUP, REPLACE, FORCE_FOLDER
    }

    /**
     * Called before each step. Production code passes {@link #NONE}; tests throw from it to simulate a crash or a full
     * disk at that point.
     */
    @FunctionalInterface
    public interface Checkpoint {
        void reached(Step step) throws IOException;
    }

    public static final Checkpoint NONE = step -> {
    };

    private final Checkpoint checkpoint;

    public AtomicFileWriter(Checkpoint checkpoint) {
        this.checkpoint = checkpoint;
    }

    /** The backup that a write of {@code file} keeps of its previous version. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    public void write(Path file, byte[] content) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        TemporaryFiles.removeLeftOvers(target);
        Path temporary = TemporaryFiles.create(target, "");
        try {
            checkpoint.reached(Step.WRITE_TEMPORARY);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                checkpoint.reached(Step.FORCE_TEMPORARY);
                channel.force(true);
            }
            if (Files.exists(target)) {
                checkpoint.reached(Step.BACKUP);
                backup(target);
                // Last, since the original may be read-only to its owner and the content had to be written first.
                FileModes.copy(target, temporary);
            }
            checkpoint.reached(Step.REPLACE);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        checkpoint.reached(Step.FORCE_FOLDER);
        forceFolder(folder);
    }

    /** Copies the current version aside through its own temporary file, so a failed backup never damages the last one. */
    private static void backup(Path target) throws IOException {
        Path backup = backupOf(target);
        Path temporary = TemporaryFiles.create(target, ".bak");
        try {
            Files.copy(target, temporary, StandardCopyOption.REPLACE_EXISTING);
            FileModes.copyOwners(target, temporary);
            Files.move(temporary, backup, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Makes the rename itself durable; folders cannot be opened for syncing on every platform, so this is best effort. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The data is already in place; only its durability across a power cut is left to the operating system.
        }
    }
}
