package org.peerplan.diagram;

import java.util.List;

/**
 * Text already broken into lines, with the box it occupies once placed. Measuring and wrapping happen when the label
 * is made ({@link org.peerplan.diagram.text.TextMetrics#label}), so layout works with final sizes and renderers only
 * draw lines.
 */
public final class Label {

    /** Which edge of its box each line is aligned to. */
    public enum Align {
        START, MIDDLE, END
    }

    private final String text;
    private final List<String> lines;
    private final double fontSize;
    private final boolean bold;
    private final double lineHeight;
    private final double ascent;
    private Align align = Align.MIDDLE;
    private String color;
    private Box box;

    public Label(String text, List<String> lines, double fontSize, boolean bold, double width, double lineHeight,
            double ascent) {
        this.text = text;
        this.lines = List.copyOf(lines);
        this.fontSize = fontSize;
        this.bold = bold;
        this.lineHeight = lineHeight;
        this.ascent = ascent;
        this.box = new Box(0, 0, width, lineHeight * lines.size());
    }

    /** The text as given, before wrapping. */
    public String text() {
        return text;
    }

    public List<String> lines() {
        return lines;
    }

    public double fontSize() {
        return fontSize;
    }

    public boolean bold() {
        return bold;
    }

    public double lineHeight() {
        return lineHeight;
    }

    /** Distance from a line's top to its baseline. */
    public double ascent() {
        return ascent;
    }

    public Align align() {
        return align;
    }

    public Label align(Align newAlign) {
        this.align = newAlign;
        return this;
    }

    /** The text colour, or {@code null} for the owning style's. */
    public String color() {
        return color;
    }

    public Label color(String newColor) {
        this.color = newColor;
        return this;
    }

    public Box box() {
        return box;
    }

    public double width() {
        return box.width();
    }

    public double height() {
        return box.height();
    }

    public Label moveTo(double x, double y) {
        box = new Box(x, y, box.width(), box.height());
        return this;
    }

    /** Places the label in the middle of {@code area}. */
    public Label centerIn(Box area) {
        return moveTo(area.centerX() - width() / 2, area.centerY() - height() / 2);
    }

    void translate(double dx, double dy) {
        box = box.translate(dx, dy);
    }
}
