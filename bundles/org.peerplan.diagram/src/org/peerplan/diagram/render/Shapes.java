package org.peerplan.diagram.render;

import java.util.List;

import org.peerplan.diagram.Box;
import org.peerplan.diagram.Point;

/** Outlines that canvases draw as point lists. */
final class Shapes {

    private Shapes() {
    }

    static List<Point> diamond(Box box) {
        return List.of(new Point(box.centerX(), box.y()), new Point(box.right(), box.centerY()),
                new Point(box.centerX(), box.bottom()), new Point(box.x(), box.centerY()));
    }

    static List<Point> middleLine(Box box) {
        return List.of(new Point(box.x(), box.centerY()), new Point(box.right(), box.centerY()));
    }
}
