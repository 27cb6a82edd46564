package org.peerplan.diagram.text;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.List;

import org.peerplan.diagram.Label;

/** Measures text in {@link Typeface} and breaks it into lines that fit a width. */
public final class TextMetrics {

    /** Line spacing as a multiple of the font size. */
    public static final double LEADING = 1.25;

    /**
     * The smallest text any diagram uses, in pixels: 7.1 points when the diagram is printed at its own size, so a
     * document that prints a diagram no smaller than 7 / (0.75 × this) keeps every word readable on paper.
     */
    public static final double SMALLEST = 9.5;

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private TextMetrics() {
    }

    public static double width(String text, double size, boolean bold) {
        return Typeface.font(size, bold).getStringBounds(text, CONTEXT).getWidth();
    }

    /** A label of {@code text} on one line. */
    public static Label label(String text, double size, boolean bold) {
        return label(text, Double.MAX_VALUE, size, bold);
    }

    /**
     * A label of {@code text} broken at spaces into lines no wider than {@code maxWidth}; a word longer than the width
     * is broken inside. Line breaks in the text are kept.
     */
    public static Label label(String text, double maxWidth, double size, boolean bold) {
        String clean = text == null ? "" : VisibleText.of(text).strip();
        List<String> lines = new ArrayList<>();
        for (String paragraph : clean.split("\\R")) {
            wrap(paragraph.strip().replaceAll("\\s+", " "), maxWidth, size, bold, lines);
        }
        double widest = lines.stream().mapToDouble(l -> width(l, size, bold)).max().orElse(0);
        Font font = Typeface.font(size, bold);
        LineMetrics metrics = font.getLineMetrics("Hg", CONTEXT);
        double lineHeight = size * LEADING;
        double ascent = (lineHeight - metrics.getHeight()) / 2 + metrics.getAscent();
        return new Label(clean, lines, size, bold, Math.ceil(widest), lineHeight, ascent);
    }

    private static void wrap(String paragraph, double maxWidth, double size, boolean bold, List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size, bold) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, size, bold) > maxWidth && rest.length() > 1) {
                int cut = longestFit(rest, maxWidth, size, bold);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
    }

    private static int longestFit(String word, double maxWidth, double size, boolean bold) {
        int cut = word.length() - 1;
        while (cut > 1 && width(word.substring(0, cut), size, bold) > maxWidth) {
            cut--;
        }
        return cut;
    }
}
