package org.peerplan.ui.diagram;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.peerplan.diagram.Box;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Point;
import org.peerplan.diagram.Shape;
import org.peerplan.diagram.Style;
import org.peerplan.diagram.render.Canvas;
import org.peerplan.diagram.render.Shapes;
import org.peerplan.diagram.text.TextMetrics;

/**
 * Draws a diagram with an SWT graphics context, for the workbench's diagram view. Colours and fonts are created for
 * one paint and released by {@link #end()}. Only what falls in the area being painted is drawn: a large plan's Gantt
 * chart is many screens tall, and drawing every bar and caption at each paint would make scrolling and editing slow.
 */
public final class SwtCanvas implements Canvas {

    private static final float CORNER_DIAMETER = 12;

    private final GC gc;
    private final DiagramFonts fonts;
    private final float zoom;

    private final TextExtents extents;
    private final java.util.Map<String, Color> colors = new java.util.HashMap<>();
    private Transform transform;

    /** The area being painted, in diagram units, widened a little for strokes and text that overhang their boxes. */
    private Box painted;

    public SwtCanvas(GC gc, DiagramFonts fonts, float zoom) {
        this(gc, fonts, zoom, (line, x, y, width, height) -> {
        });
    }

    /** A canvas that tells {@code extents} where each line of text was drawn, in diagram units. */
    public SwtCanvas(GC gc, DiagramFonts fonts, float zoom, TextExtents extents) {
        this.gc = gc;
        this.fonts = fonts;
        this.zoom = zoom;
        this.extents = extents;
    }

    /** Hears where each line of text was drawn: for the tests that keep text inside its boxes. */
    @FunctionalInterface
    public interface TextExtents {
        void drawn(String line, double x, double y, double width, double height);
    }

    @Override
    public void begin(Diagram diagram) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        transform = new Transform(gc.getDevice());
        transform.scale(zoom, zoom);
        gc.setTransform(transform);
        gc.setBackground(color("#ffffff"));
        gc.fillRectangle(0, 0, (int) Math.ceil(diagram.width()), (int) Math.ceil(diagram.height()));
        Rectangle clip = gc.getClipping();
        double margin = 24;
        painted = new Box(clip.x - margin, clip.y - margin, clip.width + 2 * margin, clip.height + 2 * margin);
    }

    private boolean outside(double x, double y, double right, double bottom) {
        return right < painted.x() || x > painted.right() || bottom < painted.y() || y > painted.bottom();
    }

    private boolean outside(List<Point> points) {
        double x = Double.MAX_VALUE;
        double y = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Point p : points) {
            x = Math.min(x, p.x());
            y = Math.min(y, p.y());
            right = Math.max(right, p.x());
            bottom = Math.max(bottom, p.y());
        }
        return outside(x, y, right, bottom);
    }

    @Override
    public void shape(Shape shape, Box box, Style style) {
        if (outside(box.x(), box.y(), box.right(), box.bottom())) {
            return;
        }
        Path path = new Path(gc.getDevice());
        try {
            switch (shape) {
                case RECTANGLE -> path.addRectangle((float) box.x(), (float) box.y(), (float) box.width(),
                        (float) box.height());
                case ROUNDED -> rounded(path, box);
                case ELLIPSE -> path.addArc((float) box.x(), (float) box.y(), (float) box.width(),
                        (float) box.height(), 0, 360);
                case DIAMOND -> points(path, Shapes.diamond(box), true);
                case LINE -> points(path, Shapes.middleLine(box), false);
                case NONE -> {
                    return;
                }
            }
            draw(path, shape == Shape.LINE ? style.withFill(null) : style);
        } finally {
            path.dispose();
        }
    }

    private static void rounded(Path path, Box box) {
        float x = (float) box.x();
        float y = (float) box.y();
        float w = (float) box.width();
        float h = (float) box.height();
        float d = Math.min(CORNER_DIAMETER, Math.min(w, h));
        path.addArc(x, y, d, d, 90, 90);
        path.lineTo(x, y + h - d / 2);
        path.addArc(x, y + h - d, d, d, 180, 90);
        path.lineTo(x + w - d / 2, y + h);
        path.addArc(x + w - d, y + h - d, d, d, 270, 90);
        path.lineTo(x + w, y + d / 2);
        path.addArc(x + w - d, y, d, d, 0, 90);
        path.close();
    }

    private static void points(Path path, List<Point> points, boolean closed) {
        path.moveTo((float) points.get(0).x(), (float) points.get(0).y());
        points.subList(1, points.size()).forEach(p -> path.lineTo((float) p.x(), (float) p.y()));
        if (closed) {
            path.close();
        }
    }

    @Override
    public void polyline(List<Point> points, Style style) {
        if (outside(points)) {
            return;
        }
        Path path = new Path(gc.getDevice());
        try {
            points(path, points, false);
            draw(path, style.withFill(null));
        } finally {
            path.dispose();
        }
    }

    @Override
    public void polygon(List<Point> points, Style style) {
        if (outside(points)) {
            return;
        }
        Path path = new Path(gc.getDevice());
        try {
            points(path, points, true);
            draw(path, style);
        } finally {
            path.dispose();
        }
    }

    private void draw(Path path, Style style) {
        if (style.fill() != null) {
            gc.setBackground(color(style.fill()));
            gc.fillPath(path);
        }
        if (style.stroke() != null && style.strokeWidth() > 0) {
            gc.setForeground(color(style.stroke()));
            gc.setLineWidth(Math.max(1, (int) Math.round(style.strokeWidth())));
            gc.setLineDash(dash(style.dash()));
            gc.setLineJoin(SWT.JOIN_ROUND);
            gc.drawPath(path);
        }
    }

    private static int[] dash(String pattern) {
        float[] lengths = Shapes.dash(pattern);
        if (lengths == null) {
            return null;
        }
        int[] pixels = new int[lengths.length];
        for (int i = 0; i < lengths.length; i++) {
            pixels[i] = Math.max(1, Math.round(lengths[i]));
        }
        return pixels;
    }

    @Override
    public void text(String line, double x, double baseline, double size, boolean bold, Label.Align align,
            String color) {
        if (baseline + size < painted.y() || baseline - 2 * size > painted.bottom()) {
            return;
        }
        gc.setFont(fonts.font(size, bold));
        gc.setForeground(color(color));
        // SWT's fonts come in whole points; the diagram measured its text in DejaVu at the exact size. Drawing the
        // nearest whole size scaled to the measured width keeps every line the width its box was made for.
        int drawn = gc.textExtent(line, SWT.DRAW_TRANSPARENT).x;
        double measured = TextMetrics.width(line, size, bold);
        double scale = drawn == 0 ? 1 : measured / drawn;
        double start = switch (align) {
            case START -> x;
            case MIDDLE -> x - measured / 2;
            case END -> x - measured;
        };
        double ascent = (gc.getFontMetrics().getAscent() + gc.getFontMetrics().getLeading()) * scale;
        Transform placed = new Transform(gc.getDevice());
        try {
            gc.getTransform(placed);
            placed.translate((float) start, (float) (baseline - ascent));
            placed.scale((float) scale, (float) scale);
            gc.setTransform(placed);
            gc.drawText(line, 0, 0, true);
        } finally {
            gc.setTransform(transform);
            placed.dispose();
        }
        extents.drawn(line, start, baseline - ascent, drawn * scale, gc.getFontMetrics().getHeight() * scale);
    }

    private Color color(String hex) {
        return colors.computeIfAbsent(hex, h -> new Color(gc.getDevice(), rgb(h)));
    }

    /** A colour written {@code #rrggbb}, as the diagrams and the status at a glance give theirs. */
    public static RGB rgb(String hex) {
        return new RGB(Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
                Integer.parseInt(hex.substring(5, 7), 16));
    }

    @Override
    public void end() {
        gc.setTransform(null);
        transform.dispose();
        colors.values().forEach(Color::dispose);
        colors.clear();
    }
}
