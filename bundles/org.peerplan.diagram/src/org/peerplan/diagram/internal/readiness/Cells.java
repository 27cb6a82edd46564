package org.peerplan.diagram.internal.readiness;

import org.peerplan.diagram.Box;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.Palette;
import org.peerplan.diagram.Shape;
import org.peerplan.diagram.Style;

/** The dashboard's building blocks: text placed at a position, and boxes of a given size with text in the middle. */
final class Cells {

    private Cells() {
    }

    /** A shapeless node exactly around {@code label}, its top-left corner at (x, y). */
    static Node text(String id, Label label, double x, double y) {
        label.moveTo(0, 0);
        return new Node(id, Shape.NONE, Palette.TEXT_ONLY).size(label.width(), label.height()).add(label).moveTo(x, y);
    }

    /** A shapeless node around {@code label}, centred on {@code centerX}, its top at {@code y}. */
    static Node centered(String id, Label label, double centerX, double y) {
        return text(id, label, centerX - label.width() / 2, y);
    }

    /** A node filling {@code box} with {@code label} in its middle. */
    static Node box(String id, Shape shape, Style style, Box box, Label label) {
        Node node = new Node(id, shape, style).size(box.width(), box.height()).moveTo(box.x(), box.y());
        return node.add(label.centerIn(box));
    }
}
