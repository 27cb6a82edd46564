package org.peerplan.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.render.DiagramWriter;

/** Writes a drawn diagram as SVG and PNG under target/diagrams, checking both files, for a person to look at. */
final class Drawings {

    private Drawings() {
    }

    static void keep(Diagram diagram) {
        keep(diagram, diagram.name());
    }

    /** Keeps {@code diagram} under another file-name stem, for a variant of a plan drawn beside the original. */
    static void keep(Diagram diagram, String stem) {
        try {
            Files.createDirectories(Example.output());
            for (String extension : new String[] { "svg", "png" }) {
                Path file = Example.output().resolve(stem + "." + extension);
                try (OutputStream out = Files.newOutputStream(file)) {
                    DiagramWriter.forFile(file).write(diagram, out);
                }
                assertTrue(Files.size(file) > 1000, file + " was written");
            }
            Svg.parse(Files.readAllBytes(Example.output().resolve(stem + ".svg")));
        } catch (Exception e) {
            throw new AssertionError("Writing " + stem + " failed: " + e, e);
        }
    }
}
