package org.peerplan.diagram.layout;

import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.Shape;
import org.peerplan.diagram.Style;
import org.peerplan.diagram.text.TextMetrics;

/** Nodes sized to hold their text. */
public final class Nodes {

    /** Space between a node's outline and its text. */
    public static final double PADDING = 8;

    private Nodes() {
    }

    /**
     * A node showing {@code text} wrapped to {@code textWidth}, centred, with {@link #PADDING} around it and at least
     * {@code minWidth} wide.
     */
    public static Node text(String id, Shape shape, Style style, String text, double textWidth, double fontSize,
            boolean bold, double minWidth) {
        Label label = TextMetrics.label(text, textWidth, fontSize, bold);
        Node node = new Node(id, shape, style).size(Math.max(minWidth, label.width() + 2 * PADDING),
                label.height() + 2 * PADDING);
        label.centerIn(node.box());
        return node.add(label);
    }
}
