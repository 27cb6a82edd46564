package org.peerplan.diagram.internal.readiness;

import java.util.ArrayList;
import java.util.List;

import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.Edge;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.Palette;
import org.peerplan.diagram.Shape;
import org.peerplan.diagram.text.TextMetrics;

/**
 * One titled area of the dashboard: a container with its heading at the top left, the nodes placed in it from top to
 * bottom, and the guide lines drawn over its background but under its nodes. Built at the origin, then moved.
 */
final class Panel {

    static final double PADDING = 16;
    private static final double HEADING_SIZE = 14;
    private static final double HEADING_GAP = 10;

    private final Node node;
    private final List<Edge> lines = new ArrayList<>();
    private final double width;
    private double bottom;

    Panel(String id, String heading, double width) {
        this.width = width;
        Label title = TextMetrics.label(heading, innerWidth(), HEADING_SIZE, true).align(Label.Align.START)
                .moveTo(PADDING, PADDING);
        this.node = new Node(id, Shape.RECTANGLE, Palette.CONTAINER).add(title);
        this.bottom = title.box().bottom() + HEADING_GAP;
    }

    double left() {
        return PADDING;
    }

    double right() {
        return width - PADDING;
    }

    double innerWidth() {
        return width - 2 * PADDING;
    }

    /** Where the next row may start. */
    double bottom() {
        return bottom;
    }

    void skip(double gap) {
        bottom += gap;
    }

    /** Makes the next row start at {@code y} at the earliest, for a row taller than what it holds. */
    void reach(double y) {
        bottom = Math.max(bottom, y);
    }

    Panel add(Node child) {
        node.add(child);
        bottom = Math.max(bottom, child.box().bottom());
        return this;
    }

    Panel line(Edge line) {
        lines.add(line);
        return this;
    }

    /** Closes the panel around what it holds, puts its top-left corner at (0, {@code top}) and draws it. */
    double drawAt(double top, Diagram diagram) {
        node.size(width, bottom + PADDING);
        node.translate(0, top);
        lines.forEach(line -> line.translate(0, top));
        diagram.add(node);
        lines.forEach(diagram::add);
        return node.box().bottom();
    }
}
