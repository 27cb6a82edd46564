package org.peerplan.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A shape on the diagram, possibly a container of other nodes. Labels marked inside lie within the node's box; an
 * outside label (a milestone's name beside its diamond) is the node's too, and must not cover anything else.
 */
public final class Node {

    private final String id;
    private final Shape shape;
    private final Style style;
    private final List<Label> labels = new ArrayList<>();
    private final List<Label> outsideLabels = new ArrayList<>();
    private final List<Node> children = new ArrayList<>();
    private String ref;
    private String tooltip;
    private Box box = new Box(0, 0, 0, 0);

    public Node(String id, Shape shape, Style style) {
        this.id = Objects.requireNonNull(id);
        this.shape = shape;
        this.style = style;
    }

    /** Unique within its diagram; renderers use it as the element id. */
    public String id() {
        return id;
    }

    public Shape shape() {
        return shape;
    }

    public Style style() {
        return style;
    }

    /**
     * The plan element this node shows (its URI fragment in the plan's resource), or {@code null} for decoration.
     */
    public String ref() {
        return ref;
    }

    public Node ref(String newRef) {
        this.ref = newRef;
        return this;
    }

    /** Longer text shown on hover in interactive renderers, or {@code null}. */
    public String tooltip() {
        return tooltip;
    }

    public Node tooltip(String newTooltip) {
        this.tooltip = newTooltip;
        return this;
    }

    public Box box() {
        return box;
    }

    public Node size(double width, double height) {
        box = new Box(box.x(), box.y(), width, height);
        return this;
    }

    /** Moves the node, its labels and its children so that its top-left corner is at (x, y). */
    public Node moveTo(double x, double y) {
        translate(x - box.x(), y - box.y());
        return this;
    }

    public void translate(double dx, double dy) {
        box = box.translate(dx, dy);
        labels.forEach(l -> l.translate(dx, dy));
        outsideLabels.forEach(l -> l.translate(dx, dy));
        children.forEach(c -> c.translate(dx, dy));
    }

    public List<Label> labels() {
        return Collections.unmodifiableList(labels);
    }

    public Node add(Label label) {
        labels.add(label);
        return this;
    }

    public List<Label> outsideLabels() {
        return Collections.unmodifiableList(outsideLabels);
    }

    public Node addOutside(Label label) {
        outsideLabels.add(label);
        return this;
    }

    public List<Node> children() {
        return Collections.unmodifiableList(children);
    }

    public Node add(Node child) {
        children.add(child);
        return this;
    }

    /** This node, then its children's subtrees in order: containers come before what they contain. */
    public Stream<Node> withDescendants() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(Node::withDescendants));
    }

    @Override
    public String toString() {
        return id + (labels.isEmpty() ? "" : " '" + labels.get(0).text() + "'");
    }
}
