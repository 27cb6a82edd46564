package org.peerplan.diagram.text;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;

/** DejaVu Sans, regular and bold, loaded once from the bundle. */
public final class Typeface {

    /** The family name renderers write, with a fallback for viewers that lack DejaVu. */
    public static final String FAMILY = "DejaVu Sans";
    public static final String CSS_FAMILY = "'DejaVu Sans', Verdana, sans-serif";

    private static final String REGULAR = "/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private static final Font REGULAR_FONT = load(REGULAR);
    private static final Font BOLD_FONT = load(BOLD);

    private Typeface() {
    }

    /** The font at {@code size} points (diagram units). */
    public static Font font(double size, boolean bold) {
        return (bold ? BOLD_FONT : REGULAR_FONT).deriveFont((float) size);
    }

    /** The font file, for writers that embed it. */
    public static URL file(boolean bold) {
        return Typeface.class.getResource(bold ? BOLD : REGULAR);
    }

    private static Font load(String path) {
        try (InputStream in = Typeface.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The diagram font " + path + " is missing from the bundle.");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("The diagram font " + path + " cannot be read.", e);
        }
    }
}
