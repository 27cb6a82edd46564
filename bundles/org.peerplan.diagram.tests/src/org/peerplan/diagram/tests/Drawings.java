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

    /** Keeps a variant of a diagram (drawn from a changed plan) under its own file name. */
    static void keep(Diagram diagram, String name) {
        try {
            Files.createDirectories(Example.output());
            for (String extension : new String[] { "svg", "png" }) {
                Path file = Example.output().resolve(name + "." + extension);
                try (OutputStream out = Files.newOutputStream(file)) {
                    DiagramWriter.forFile(file).write(diagram, out);
                }
                assertTrue(Files.size(file) > 1000, file + " was written");
            }
            Svg.parse(Files.readAllBytes(Example.output().resolve(name + ".svg")));
        } catch (Exception e) {
            throw new AssertionError("Writing " + name + " failed: " + e, e);
        }
    }
}
