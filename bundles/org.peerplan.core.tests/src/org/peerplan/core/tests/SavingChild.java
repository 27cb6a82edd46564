package org.peerplan.core.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.peerplan.core.persistence.AtomicFileWriter;

/**
 * The process {@link InterruptedSaveHarness} kills: it saves two versions of a plan over one file, one after the other,
 * until it is killed. Run as {@code java -cp CORE:TESTS org.peerplan.core.tests.SavingChild FILE A B}; it needs
 * nothing of the plan's model, since a save's bytes are made before the file is touched and only the writing can be
 * interrupted half-way.
 */
public final class SavingChild {

    private SavingChild() {
    }

    public static void main(String[] arguments) throws IOException {
        Path file = Path.of(arguments[0]);
        byte[][] versions = { Files.readAllBytes(Path.of(arguments[1])), Files.readAllBytes(Path.of(arguments[2])) };
        AtomicFileWriter writer = new AtomicFileWriter(AtomicFileWriter.NONE);
        System.out.println("saving");
        System.out.flush();
        for (int save = 1;; save++) {
            writer.write(file, versions[save % 2]);
        }
    }
}
