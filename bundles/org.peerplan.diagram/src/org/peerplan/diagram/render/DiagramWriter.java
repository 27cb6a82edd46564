package org.peerplan.diagram.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;

import org.peerplan.diagram.Diagram;

/** Writes a diagram to a file format. */
public interface DiagramWriter {

    void write(Diagram diagram, OutputStream out) throws IOException;

    /** The writer for a file's extension ({@code .svg} or {@code .png}). */
    static DiagramWriter forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            return new SvgWriter();
        }
        if (name.endsWith(".png")) {
            return new PngWriter();
        }
        throw new IllegalArgumentException("Diagrams are written as .svg or .png files, not " + file.getFileName());
    }
}
