package org.peerplan.core.persistence;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The temporary files a write of one file uses: {@code .NAME.1234.tmp} and {@code .NAME.bak.1234.tmp} beside it,
 * hidden and never ending in the plan's extension, so that no one opens one for a plan.
 */
final class TemporaryFiles {

    private TemporaryFiles() {
    }

    /**
     * A new, empty temporary file for {@code target}, its owner's alone before anything is written to it: a new file
     * stays so (it may hold personal data), a replacement gets the original's permissions when it takes its place.
     */
    static Path create(Path target, String role) throws IOException {
        while (true) {
            long number = ThreadLocalRandom.current().nextLong(1L << 40);
            Path candidate = target.resolveSibling("." + target.getFileName() + role + "." + number + ".tmp");
            try {
                return FileModes.createOwnerOnly(candidate);
            } catch (FileAlreadyExistsException taken) {
                // Another write chose the same number; draw again.
            }
        }
    }

    /**
     * Deletes what an interrupted write of {@code target} left behind. Writes of one file are expected one at a
     * time; a second writer racing this one would at worst see its own write fail, never the file damaged.
     */
    static void removeLeftOvers(Path target) throws IOException {
        Pattern ours = pattern(target);
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
                entry -> ours.matcher(entry.getFileName().toString()).matches())) {
            for (Path left : siblings) {
                Files.deleteIfExists(left);
            }
        }
    }

    /** The names of {@code target}'s temporary files, including those of earlier versions ({@code .NAME1234.tmp}). */
    static Pattern pattern(Path target) {
        return Pattern.compile("\\." + Pattern.quote(target.getFileName().toString()) + "(\\.bak)?\\.?-?[0-9]+\\.tmp");
    }
}
