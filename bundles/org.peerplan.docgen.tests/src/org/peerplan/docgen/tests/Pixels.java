package org.peerplan.docgen.tests;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Rectangle;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;

import org.peerplan.docgen.DocumentFont;

/** Looks at rendered pages and pictures as a reader would: where a colour is inked, how much is drawn at all. */
final class Pixels {

    private Pixels() {
    }

    /**
     * The bounds of the pixels inked in {@code color} on white: the colour itself or an anti-aliased blend of it with
     * white covering at least half the pixel. Other colours, even close ones, are not counted. Null if none.
     */
    static Rectangle ink(BufferedImage image, Color color) {
        Rectangle bounds = null;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (blendOf(new Color(image.getRGB(x, y)), color)) {
                    bounds = bounds == null ? new Rectangle(x, y, 1, 1) : bounds.union(new Rectangle(x, y, 1, 1));
                }
            }
        }
        return bounds;
    }

    private static boolean blendOf(Color pixel, Color color) {
        int[] p = { pixel.getRed(), pixel.getGreen(), pixel.getBlue() };
        int[] c = { color.getRed(), color.getGreen(), color.getBlue() };
        // The share of the colour over white that best explains the pixel, then how far the pixel is from that blend.
        double share = 0;
        double weight = 0;
        for (int i = 0; i < 3; i++) {
            share += (255 - p[i]) * (255 - c[i]);
            weight += (255 - c[i]) * (255 - c[i]);
        }
        share /= weight;
        double distance = 0;
        for (int i = 0; i < 3; i++) {
            distance += Math.abs(p[i] - (255 - share * (255 - c[i])));
        }
        return share >= 0.5 && share <= 1.1 && distance < 20;
    }

    /** The share of pixels that are not white. */
    static double drawn(BufferedImage image) {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        return (double) inked / ((long) image.getWidth() * image.getHeight());
    }

    /** Width over height of the outlines of {@code text} set in DejaVu Sans, the shape its ink must have. */
    static double dejaVuShape(String text) throws IOException, FontFormatException {
        try (InputStream stream = DocumentFont.REGULAR.open()) {
            Font font = Font.createFont(Font.TRUETYPE_FONT, stream).deriveFont(100f);
            Rectangle2D bounds = font.createGlyphVector(new FontRenderContext(null, true, true), text)
                    .getVisualBounds();
            return bounds.getWidth() / bounds.getHeight();
        }
    }
}
