package org.peerplan.ui.diagram;

import java.io.IOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Display;
import org.peerplan.diagram.text.Typeface;

/**
 * The diagrams' typeface in SWT: the font files the diagrams were measured with, loaded into the display once, and
 * fonts of the sizes a diagram asks for, kept until the view closes. Sizes are in diagram units (pixels), converted to
 * points at the screen's resolution.
 */
public final class DiagramFonts {

    private static boolean loaded;

    private final Display display;
    private final Map<String, Font> fonts = new HashMap<>();

    public DiagramFonts(Display display) {
        this.display = display;
        load(display);
    }

    private static synchronized void load(Display display) {
        if (loaded) {
            return;
        }
        for (boolean bold : new boolean[] { false, true }) {
            URL file = Typeface.file(bold);
            try {
                display.loadFont(FileLocator.toFileURL(file).getPath());
            } catch (IOException e) {
                // The system's own sans-serif is used instead: a little wider or narrower, still legible.
            }
        }
        loaded = true;
    }

    Font font(double size, boolean bold) {
        int dpi = display.getDPI().y;
        float points = (float) (size * 72 / dpi);
        return fonts.computeIfAbsent(points + (bold ? "b" : "r"), key -> new Font(display,
                new org.eclipse.swt.graphics.FontData(Typeface.FAMILY, Math.max(1, Math.round(points)),
                        bold ? SWT.BOLD : SWT.NORMAL)));
    }

    public void dispose() {
        fonts.values().forEach(Font::dispose);
        fonts.clear();
    }
}
