package org.peerplan.diagram;

/** A position in diagram units (1 unit = 1 CSS pixel = 0.75 pt), y growing downwards. */
public record Point(double x, double y) {

    public Point translate(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }
}
