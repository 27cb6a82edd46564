package org.peerplan.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A polyline, usually connecting two nodes, optionally ending in an arrowhead and carrying a label. */
public final class Edge {

    private final String id;
    private final Node source;
    private final Node target;
    private final Style style;
    private final List<Point> points = new ArrayList<>();
    private boolean arrow;
    private Label label;
    private String ref;

    /** A connection from {@code source} to {@code target}; either may be {@code null} for a free line. */
    public Edge(String id, Node source, Node target, Style style) {
        this.id = Objects.requireNonNull(id);
        this.source = source;
        this.target = target;
        this.style = style;
    }

    /** A free line through the given points (an axis, a bone, a marker). */
    public static Edge line(String id, Style style, Point... points) {
        return new Edge(id, null, null, style).route(List.of(points));
    }

    public String id() {
        return id;
    }

    public Node source() {
        return source;
    }

    public Node target() {
        return target;
    }

    public Style style() {
        return style;
    }

    public List<Point> points() {
        return Collections.unmodifiableList(points);
    }

    public Edge route(List<Point> newPoints) {
        points.clear();
        points.addAll(newPoints);
        return this;
    }

    public boolean arrow() {
        return arrow;
    }

    /** Draws an arrowhead at the last point. */
    public Edge withArrow() {
        this.arrow = true;
        return this;
    }

    public Label label() {
        return label;
    }

    public Edge label(Label newLabel) {
        this.label = newLabel;
        return this;
    }

    /** The plan element this edge shows (a dependency's dependent task, say), or {@code null}. */
    public String ref() {
        return ref;
    }

    public Edge ref(String newRef) {
        this.ref = newRef;
        return this;
    }

    public void translate(double dx, double dy) {
        points.replaceAll(p -> p.translate(dx, dy));
        if (label != null) {
            label.translate(dx, dy);
        }
    }
}
