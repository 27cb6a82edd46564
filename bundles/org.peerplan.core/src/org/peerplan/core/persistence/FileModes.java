package org.peerplan.core.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * File permissions, where the file system has them: a file that replaces another keeps its permissions and group, and
 * a file PeerPlan creates that holds personal data (a new plan, a backup, a personnel document) is its owner's alone.
 */
public final class FileModes {

    private static final Set<PosixFilePermission> OWNER = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private FileModes() {
    }

    /**
     * Creates {@code file}, empty, readable and writable by its owner only from the start, so that nothing written
     * to it is ever readable by others.
     *
     * @throws java.nio.file.FileAlreadyExistsException when it exists
     */
    public static Path createOwnerOnly(Path file) throws IOException {
        if (!Files.getFileStore(file.toAbsolutePath().getParent()).supportsFileAttributeView(
                PosixFileAttributeView.class)) {
            return Files.createFile(file);
        }
        return Files.createFile(file, PosixFilePermissions.asFileAttribute(EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE)));
    }

    /** Gives {@code to} what the owner of {@code from} may do with it, and nobody else anything: for backups. */
    static void copyOwners(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (view != null) {
            Set<PosixFilePermission> owners = Files.readAttributes(from, PosixFileAttributes.class).permissions();
            owners.retainAll(OWNER);
            view.setPermissions(owners);
        }
    }

    static void copy(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        PosixFileAttributes original = Files.readAttributes(from, PosixFileAttributes.class);
        view.setPermissions(original.permissions());
        try {
            view.setGroup(original.group());
        } catch (IOException notAMember) {
            // Only the file's owner who is in that group may give it; the new version keeps the writer's group.
        }
    }
}
