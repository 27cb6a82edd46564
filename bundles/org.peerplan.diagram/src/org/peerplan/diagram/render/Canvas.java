package org.peerplan.diagram.render;

import java.util.List;

import org.peerplan.diagram.Box;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Point;
import org.peerplan.diagram.Shape;
import org.peerplan.diagram.Style;

/** The drawing operations a renderer provides, called by {@link DiagramPainter} in paint order. */
public interface Canvas {

    /** Starts a drawing of the diagram's size. */
    void begin(Diagram diagram);

    /**
     * Starts a group of drawing operations that show one diagram element, until {@link #endGroup()}.
     *
     * A canvas without structure (an image, a screen) ignores groups.
     *
     * @param ref     the plan element shown, or {@code null}
     * @param tooltip text for the reader who points at the element, or {@code null}
     */
    default void beginGroup(String id, String ref, String tooltip) {
    }

    default void endGroup() {
    }

    void shape(Shape shape, Box box, Style style);

    void polyline(List<Point> points, Style style);

    /** A closed, filled outline (arrowheads). */
    void polygon(List<Point> points, Style style);

    /**
     * One line of text.
     *
     * @param x        where the line starts, is centred or ends, by {@code align}
     * @param baseline the line's baseline
     */
    void text(String line, double x, double baseline, double size, boolean bold, Label.Align align, String color);

    void end();
}
