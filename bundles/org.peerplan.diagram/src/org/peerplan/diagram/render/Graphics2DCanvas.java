package org.peerplan.diagram.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

import org.peerplan.diagram.Box;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Point;
import org.peerplan.diagram.Shape;
import org.peerplan.diagram.Style;
import org.peerplan.diagram.text.TextMetrics;
import org.peerplan.diagram.text.Typeface;

/** Draws on a Java2D surface (an image for PNG output), in the diagram's own units scaled by the caller. */
final class Graphics2DCanvas implements Canvas {

    private static final double CORNER_DIAMETER = 12;

    private final Graphics2D graphics;

    Graphics2DCanvas(Graphics2D graphics) {
        this.graphics = graphics;
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    @Override
    public void begin(Diagram diagram) {
        graphics.setColor(Color.WHITE);
        graphics.fill(new Rectangle2D.Double(0, 0, diagram.width(), diagram.height()));
    }

    @Override
    public void shape(Shape shape, Box box, Style style) {
        java.awt.Shape outline = switch (shape) {
            case RECTANGLE -> new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height());
            case ROUNDED -> new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(), CORNER_DIAMETER,
                    CORNER_DIAMETER);
            case ELLIPSE -> new Ellipse2D.Double(box.x(), box.y(), box.width(), box.height());
            case DIAMOND -> path(Shapes.diamond(box), true);
            case LINE -> path(Shapes.middleLine(box), false);
            case NONE -> null;
        };
        if (outline != null) {
            draw(outline, shape == Shape.LINE ? style.withFill(null) : style);
        }
    }

    @Override
    public void polyline(List<Point> points, Style style) {
        draw(path(points, false), style.withFill(null));
    }

    @Override
    public void polygon(List<Point> points, Style style) {
        draw(path(points, true), style);
    }

    private static Path2D path(List<Point> points, boolean closed) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points.get(0).x(), points.get(0).y());
        points.subList(1, points.size()).forEach(p -> path.lineTo(p.x(), p.y()));
        if (closed) {
            path.closePath();
        }
        return path;
    }

    private void draw(java.awt.Shape outline, Style style) {
        if (style.fill() != null) {
            graphics.setColor(Color.decode(style.fill()));
            graphics.fill(outline);
        }
        if (style.stroke() != null && style.strokeWidth() > 0) {
            graphics.setColor(Color.decode(style.stroke()));
            graphics.setStroke(stroke(style));
            graphics.draw(outline);
        }
    }

    private static BasicStroke stroke(Style style) {
        float width = (float) style.strokeWidth();
        if (style.dash() == null) {
            return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        }
        float[] dash = Shapes.dash(style.dash());
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dash, 0);
    }

    @Override
    public void text(String line, double x, double baseline, double size, boolean bold, Label.Align align,
            String color) {
        Font font = Typeface.font(size, bold);
        // The bold face read from its file says it is plain; a PDF bridge picks the embedded face by that style.
        graphics.setFont(bold ? font.deriveFont(Font.BOLD) : font);
        graphics.setColor(Color.decode(color));
        double width = TextMetrics.width(line, size, bold);
        double start = switch (align) {
            case START -> x;
            case MIDDLE -> x - width / 2;
            case END -> x - width;
        };
        graphics.drawString(line, (float) start, (float) baseline);
    }

    @Override
    public void end() {
        graphics.dispose();
    }
}
