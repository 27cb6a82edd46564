package org.peerplan.docgen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.peerplan.diagram.text.Typeface;

/**
 * The documents' fonts: the DejaVu Sans files the diagrams are measured in ({@link Typeface}). Every format draws text
 * with them, diagrams included, so that text a diagram was measured for is the text the reader sees.
 */
public enum DocumentFont {
    REGULAR(false, 400), BOLD(true, 700);

    /** The family the documents' stylesheets and the diagrams' SVG name. */
    public static final String FAMILY = Typeface.FAMILY;

    private final boolean bold;

    private final int weight;

    DocumentFont(boolean bold, int weight) {
        this.bold = bold;
        this.weight = weight;
    }

    /** The CSS weight: 400 or 700. */
    public int weight() {
        return weight;
    }

    /** The TrueType file, opened anew on each call; the caller closes it. */
    public InputStream open() {
        try {
            return Typeface.file(bold).openStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
