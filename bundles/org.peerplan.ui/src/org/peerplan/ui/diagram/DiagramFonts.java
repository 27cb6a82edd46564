package org.peerplan.ui.diagram;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.peerplan.diagram.text.Typeface;

/**
 * The diagrams' typeface in SWT: the font files the diagrams were measured with, loaded into each device that draws
 * (the display, a printer) once, and fonts of the sizes a diagram asks for, kept until their owner closes. Sizes are in
 * diagram units, converted to the nearest whole point; the canvas scales each line to its measured width.
 */
public final class DiagramFonts {

    /** The devices the font files were loaded into: the display once, each printer when it prints. */
    private static final Set<Device> LOADED = Collections.newSetFromMap(new WeakHashMap<>());

    /** Diagram units are pixels of a 96-dpi screen, whatever draws them; SWT's scaling does the rest. */
    private static final int UNITS_PER_INCH = 96;

    private final Device device;
    private final Map<String, Font> fonts = new HashMap<>();

    public DiagramFonts(Device device) {
        this.device = device;
        load(device);
    }

    private static synchronized void load(Device device) {
        if (!LOADED.add(device)) {
            return;
        }
        for (boolean bold : new boolean[] { false, true }) {
            URL file = Typeface.file(bold);
            try {
                device.loadFont(FileLocator.toFileURL(file).getPath());
            } catch (IOException e) {
                // The system's own sans-serif is used instead: a little wider or narrower, still legible.
            }
        }
    }

    Font font(double size, boolean bold) {
        float points = (float) (size * 72 / UNITS_PER_INCH);
        return fonts.computeIfAbsent(points + (bold ? "b" : "r"), key -> new Font(device,
                new org.eclipse.swt.graphics.FontData(Typeface.FAMILY, Math.max(1, Math.round(points)),
                        bold ? SWT.BOLD : SWT.NORMAL)));
    }

    public void dispose() {
        fonts.values().forEach(Font::dispose);
        fonts.clear();
    }
}
