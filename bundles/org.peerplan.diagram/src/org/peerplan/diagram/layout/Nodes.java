package org.peerplan.diagram.layout;

import java.util.List;

import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.Shape;
import org.peerplan.diagram.Style;

/** Nodes sized to hold their text. */
public final class Nodes {

    /** Space between a node's outline and its text. */
    public static final double PADDING = 8;

    private Nodes() {
    }

    /**
     * A node at (0, 0) holding {@code lines} one under the other, {@code gap} apart, with {@link #PADDING} around them,
     * each aligned to the node's left edge ({@link Label.Align#START}) or centred. The node is as wide as its widest
     * line needs, or {@code minWidth} when that is wider, and at least {@code minHeight} tall, the lines then standing
     * in its middle.
     */
    public static Node stack(String id, Shape shape, Style style, List<Label> lines, Label.Align align,
            double minWidth, double gap, double minHeight) {
        double widest = lines.stream().mapToDouble(Label::width).max().orElse(0);
        double text = lines.stream().mapToDouble(Label::height).sum() + Math.max(0, lines.size() - 1) * gap;
        double width = Math.max(minWidth, widest + 2 * PADDING);
        double height = Math.max(minHeight, text + 2 * PADDING);
        Node node = new Node(id, shape, style).size(width, height);
        double y = (height - text) / 2;
        for (Label line : lines) {
            double x = align == Label.Align.START ? PADDING : (width - line.width()) / 2;
            node.add(line.align(align).moveTo(x, y));
            y += line.height() + gap;
        }
        return node;
    }
}
