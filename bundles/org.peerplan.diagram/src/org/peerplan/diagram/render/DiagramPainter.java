package org.peerplan.diagram.render;

import java.util.ArrayList;
import java.util.List;

import org.peerplan.diagram.Box;
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

    /** Half the widest stroke and an arrowhead's half width: how far a line is drawn beyond its points. */
    private static final double STROKE_ROOM = ARROW_HALF_WIDTH + 1.5;

    private DiagramPainter() {
    }

    public static void paint(Diagram diagram, Canvas canvas) {
        paint(diagram, canvas, null);
    }

    /**
     * Paints what lies within {@code shown} (all of it when {@code null}): a page's part of a tall diagram then holds
     * only its own elements, not the whole diagram clipped, in its SVG, its PDF text and its drawing time.
     */
    public static void paint(Diagram diagram, Canvas canvas, Box shown) {
        canvas.begin(diagram);
        diagram.underlay().stream().filter(line -> within(bounds(line), shown)).forEach(line -> paint(line, canvas));
        List<Node> content = diagram.nodes().stream().flatMap(Node::withDescendants)
                .filter(n -> within(bounds(n), shown)).toList();
        content.stream().filter(n -> !n.children().isEmpty()).forEach(n -> paint(n, canvas));
        diagram.edges().stream().filter(edge -> within(bounds(edge), shown)).forEach(edge -> paint(edge, canvas));
        content.stream().filter(n -> n.children().isEmpty()).forEach(n -> paint(n, canvas));
        diagram.overlay().stream().filter(line -> within(bounds(line), shown)).forEach(line -> paint(line, canvas));
        diagram.headings().stream().filter(heading -> within(heading.box(), shown))
                .forEach(heading -> paint(heading, Palette.TEXT, canvas));
        if (diagram.legend() != null) {
            diagram.legend().withDescendants().filter(n -> within(bounds(n), shown)).forEach(n -> paint(n, canvas));
        }
        canvas.end();
    }

    /** Whether an element's bounds reach into the area shown (a line's bounds already hold room for its stroke). */
    private static boolean within(Box bounds, Box shown) {
        return shown == null || bounds == null || bounds.overlaps(shown);
    }

    private static Box bounds(Node node) {
        Box bounds = node.box();
        for (Label label : node.outsideLabels()) {
            bounds = bounds.union(label.box());
        }
        return bounds;
    }

    private static Box bounds(Edge edge) {
        if (edge.points().isEmpty()) {
            return null;
        }
        Point first = edge.points().get(0);
        Box bounds = new Box(first.x(), first.y(), 0, 0);
        for (Point point : edge.points()) {
            bounds = bounds.union(new Box(point.x(), point.y(), 0, 0));
        }
        bounds = bounds.grow(STROKE_ROOM);
        return edge.label() == null ? bounds : bounds.union(edge.label().box());
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
