package org.peerplan.diagram.render;

import java.util.ArrayList;
import java.util.List;

import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.Edge;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.Palette;
import org.peerplan.diagram.Point;
import org.peerplan.diagram.Style;

/**
 * Paints a diagram on a canvas: underlay, containers, edges, the other nodes, overlay, headings, legend — so that
 * connectors run above the areas that group nodes but never across a node's text.
 */
public final class DiagramPainter {

    private static final double ARROW_LENGTH = 9;
    private static final double ARROW_HALF_WIDTH = 4.5;

    private DiagramPainter() {
    }

    public static void paint(Diagram diagram, Canvas canvas) {
        canvas.begin(diagram);
        diagram.underlay().forEach(line -> paint(line, canvas));
        List<Node> content = diagram.nodes().stream().flatMap(Node::withDescendants).toList();
        content.stream().filter(n -> !n.children().isEmpty()).forEach(n -> paint(n, canvas));
        diagram.edges().forEach(edge -> paint(edge, canvas));
        content.stream().filter(n -> n.children().isEmpty()).forEach(n -> paint(n, canvas));
        diagram.overlay().forEach(line -> paint(line, canvas));
        diagram.headings().forEach(heading -> paint(heading, Palette.TEXT, canvas));
        if (diagram.legend() != null) {
            diagram.legend().withDescendants().forEach(n -> paint(n, canvas));
        }
        canvas.end();
    }

    private static void paint(Node node, Canvas canvas) {
        canvas.beginGroup(node.id(), node.ref(), node.tooltip());
        canvas.shape(node.shape(), node.box(), node.style());
        for (Label label : node.labels()) {
            paint(label, node.style().textColor(), canvas);
        }
        for (Label label : node.outsideLabels()) {
            paint(label, node.style().textColor(), canvas);
        }
        canvas.endGroup();
    }

    private static void paint(Edge edge, Canvas canvas) {
        if (edge.points().size() < 2) {
            return;
        }
        canvas.beginGroup(edge.id(), edge.ref(), null);
        if (edge.arrow()) {
            canvas.polyline(shortened(edge.points()), edge.style());
            canvas.polygon(arrowhead(edge.points()), solid(edge.style()));
        } else {
            canvas.polyline(edge.points(), edge.style());
        }
        if (edge.label() != null) {
            paint(edge.label(), edge.style().textColor(), canvas);
        }
        canvas.endGroup();
    }

    private static Style solid(Style line) {
        return new Style(line.stroke(), line.stroke(), 0.5, null, line.textColor());
    }

    /** The line ending inside its arrowhead, so that a heavy line does not show around the arrow's tip. */
    private static List<Point> shortened(List<Point> points) {
        Point tip = points.get(points.size() - 1);
        Point from = points.get(points.size() - 2);
        double length = Math.hypot(tip.x() - from.x(), tip.y() - from.y());
        if (length <= ARROW_LENGTH) {
            return points;
        }
        double back = ARROW_LENGTH / 2 / length;
        List<Point> result = new ArrayList<>(points.subList(0, points.size() - 1));
        result.add(new Point(tip.x() - (tip.x() - from.x()) * back, tip.y() - (tip.y() - from.y()) * back));
        return result;
    }

    /** A triangle whose tip is the line's last point, pointing along its last segment. */
    private static List<Point> arrowhead(List<Point> points) {
        Point tip = points.get(points.size() - 1);
        Point from = points.get(points.size() - 2);
        double dx = tip.x() - from.x();
        double dy = tip.y() - from.y();
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return List.of(tip, tip, tip);
        }
        double ux = dx / length;
        double uy = dy / length;
        double baseX = tip.x() - ux * ARROW_LENGTH;
        double baseY = tip.y() - uy * ARROW_LENGTH;
        return List.of(tip, new Point(baseX - uy * ARROW_HALF_WIDTH, baseY + ux * ARROW_HALF_WIDTH),
                new Point(baseX + uy * ARROW_HALF_WIDTH, baseY - ux * ARROW_HALF_WIDTH));
    }

    private static void paint(Label label, String defaultColor, Canvas canvas) {
        String color = label.color() != null ? label.color() : defaultColor != null ? defaultColor : Palette.TEXT;
        double x = switch (label.align()) {
            case START -> label.box().x();
            case MIDDLE -> label.box().centerX();
            case END -> label.box().right();
        };
        for (int i = 0; i < label.lines().size(); i++) {
            double baseline = label.box().y() + i * label.lineHeight() + label.ascent();
            canvas.text(label.lines().get(i), x, baseline, label.fontSize(), label.bold(), label.align(), color);
        }
    }
}
