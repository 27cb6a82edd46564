package org.peerplan.diagram.render;

import java.util.List;

import org.peerplan.diagram.Box;
import org.peerplan.diagram.Point;

/** Outlines that canvases draw as point lists, and line dashes as lengths, the same for every canvas. */
public final class Shapes {

    private Shapes() {
    }

    public static List<Point> diamond(Box box) {
        return List.of(new Point(box.centerX(), box.y()), new Point(box.right(), box.centerY()),
                new Point(box.centerX(), box.bottom()), new Point(box.x(), box.centerY()));
    }

    public static List<Point> middleLine(Box box) {
        return List.of(new Point(box.x(), box.centerY()), new Point(box.right(), box.centerY()));
    }

    /** The dash and gap lengths of a {@link org.peerplan.diagram.Style#dash()} pattern, or {@code null} for solid. */
    public static float[] dash(String pattern) {
        if (pattern == null) {
            return null;
        }
        String[] parts = pattern.trim().split("[ ,]+");
        float[] lengths = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            lengths[i] = Float.parseFloat(parts[i]);
        }
        return lengths;
    }
}
