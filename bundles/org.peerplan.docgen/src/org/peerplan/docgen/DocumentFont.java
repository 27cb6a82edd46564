package org.peerplan.docgen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts shipped in this bundle's {@code fonts/} folder. Every format draws text with them, diagrams included, so
 * that text a diagram was measured for is the text the reader sees.
 */
public enum DocumentFont {
    REGULAR("DejaVuSans.ttf", 400), BOLD("DejaVuSans-Bold.ttf", 700);

    /** The family the documents' stylesheets and the diagrams' SVG name. */
    public static final String FAMILY = "DejaVu Sans";

    private final String file;

    private final int weight;

    DocumentFont(String file, int weight) {
        this.file = file;
        this.weight = weight;
    }

    /** The CSS weight: 400 or 700. */
    public int weight() {
        return weight;
    }

    /** The TrueType file, opened anew on each call; the caller closes it. */
    public InputStream open() {
        InputStream stream = DocumentFont.class.getResourceAsStream("/fonts/" + file);
        if (stream == null) {
            throw new UncheckedIOException(new IOException("the font " + file + " is missing from org.peerplan.docgen"));
        }
        return stream;
    }
}
