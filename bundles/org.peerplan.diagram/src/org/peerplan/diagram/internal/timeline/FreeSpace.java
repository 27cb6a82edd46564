package org.peerplan.diagram.internal.timeline;

import java.util.ArrayList;
import java.util.List;

import org.peerplan.diagram.Box;
import org.peerplan.diagram.Point;

/** The parts of the chart already drawn on (shapes, line segments, labels), to find room for a label. */
final class FreeSpace {

    /** How far a label keeps from a line or shape. */
    private static final double CLEARANCE = 2;

    private final List<Box> taken = new ArrayList<>();

    void take(Box box) {
        taken.add(box);
    }

    /** Takes each segment of a polyline. */
    void take(List<Point> line) {
        for (int i = 0; i + 1 < line.size(); i++) {
            Point a = line.get(i);
            Point b = line.get(i + 1);
            taken.add(new Box(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()),
                    Math.abs(a.y() - b.y())));
        }
    }

    boolean isFree(Box box) {
        Box around = box.grow(CLEARANCE);
        // A segment is a box of no width or height, which Box.overlaps never sees: compare the extents directly.
        return taken.stream().noneMatch(t -> t.x() <= around.right() && around.x() <= t.right()
                && t.y() <= around.bottom() && around.y() <= t.bottom());
    }
}
