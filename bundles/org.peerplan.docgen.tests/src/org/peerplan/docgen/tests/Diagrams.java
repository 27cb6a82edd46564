package org.peerplan.docgen.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.peerplan.docgen.templates.Trusted;

/**
 * Diagrams as the diagram writer makes them (SVG 1.1 with rectangles, paths, arrowheads, dashes, wrapped text), and a
 * test template that places them in the timeline document as figures, the way the engine's templates will.
 */
final class Diagrams {

    /** The test diagrams and, under sections/, the template that places them. */
    static final Path FOLDER = Path.of(System.getProperty("peerplan.home"))
            .resolve("bundles/org.peerplan.docgen.tests/diagrams");

    private Diagrams() {
    }

    static String svg(String name) {
        try {
            return Files.readString(FOLDER.resolve(name + ".svg"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> figure(String heading, String svg, String caption) {
        return Map.of("heading", heading, "svg", new Trusted(svg), "caption", caption);
    }

    /** The example plan's views with {@code diagrams} for the test template. */
    static Map<String, Object> views(List<Map<String, Object>> diagrams) {
        Map<String, Object> views = new HashMap<>(ExampleViews.example());
        views.put("diagrams", diagrams);
        return views;
    }
}
