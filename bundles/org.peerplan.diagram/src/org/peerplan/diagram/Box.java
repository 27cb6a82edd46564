package org.peerplan.diagram;

/** An axis-aligned rectangle in diagram units. */
public record Box(double x, double y, double width, double height) {

    /** Rounding slack for comparisons, so that boxes which merely touch do not count as overlapping. */
    public static final double EPSILON = 0.01;

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public Box translate(double dx, double dy) {
        return new Box(x + dx, y + dy, width, height);
    }

    public Box grow(double margin) {
        return new Box(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }

    public boolean contains(Box other) {
        return other.x >= x - EPSILON && other.y >= y - EPSILON && other.right() <= right() + EPSILON
                && other.bottom() <= bottom() + EPSILON;
    }

    public boolean contains(Point point) {
        return point.x() >= x - EPSILON && point.x() <= right() + EPSILON && point.y() >= y - EPSILON
                && point.y() <= bottom() + EPSILON;
    }

    public boolean overlaps(Box other) {
        return x < other.right() - EPSILON && other.x < right() - EPSILON && y < other.bottom() - EPSILON
                && other.y < bottom() - EPSILON;
    }

    /** The smallest box holding both. */
    public Box union(Box other) {
        double left = Math.min(x, other.x);
        double top = Math.min(y, other.y);
        return new Box(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
    }
}
