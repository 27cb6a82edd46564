package org.peerplan.core.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/** Carries a file's permissions and group over to the file that replaces it, where the file system has them. */
final class FileModes {

    private FileModes() {
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
