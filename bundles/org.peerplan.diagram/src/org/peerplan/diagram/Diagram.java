package org.peerplan.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * One laid-out diagram. Renderers paint, in this order: the underlay (grid, axes, bones), container nodes, edges,
 * the other nodes, the overlay (a "today" line, say), the title and the legend. Coordinates start at (0, 0) and the
 * diagram's size holds everything.
 */
public final class Diagram {

    private final DiagramKind kind;
    private final String name;
    private final String title;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private final List<Edge> underlay = new ArrayList<>();
    private final List<Edge> overlay = new ArrayList<>();
    private final List<Label> headings = new ArrayList<>();
    private String description = "";
    private Node legend;
    private Box repeatedHeader;
    private double width;
    private double height;

    /**
     * @param name  a file-name stem, unique among the diagrams of one plan (such as {@code fishbone-2})
     * @param title the heading a reader sees
     */
    public Diagram(DiagramKind kind, String name, String title) {
        this.kind = kind;
        this.name = name;
        this.title = title;
    }

    public DiagramKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    /** What the diagram shows, in a sentence or two: the text alternative for readers who cannot see it. */
    public String description() {
        return description;
    }

    public Diagram description(String newDescription) {
        this.description = newDescription;
        return this;
    }

    public List<Node> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    public Diagram add(Node node) {
        nodes.add(node);
        return this;
    }

    public List<Edge> edges() {
        return Collections.unmodifiableList(edges);
    }

    public Diagram add(Edge edge) {
        edges.add(edge);
        return this;
    }

    public List<Edge> underlay() {
        return Collections.unmodifiableList(underlay);
    }

    public Diagram addUnderlay(Edge line) {
        underlay.add(line);
        return this;
    }

    public List<Edge> overlay() {
        return Collections.unmodifiableList(overlay);
    }

    public Diagram addOverlay(Edge line) {
        overlay.add(line);
        return this;
    }

    /** The title and subtitle lines placed above the content by {@link org.peerplan.diagram.layout.Frame}. */
    public List<Label> headings() {
        return Collections.unmodifiableList(headings);
    }

    public Diagram addHeading(Label heading) {
        headings.add(heading);
        return this;
    }

    /** The legend, a container of swatches and their captions, or {@code null}. */
    public Node legend() {
        return legend;
    }

    public Diagram legend(Node newLegend) {
        this.legend = newLegend;
        return this;
    }

    /**
     * The rows to repeat above every part but the first when the diagram is cut into parts for pages (a time axis),
     * as the box whose top and height give them, or {@code null}.
     */
    public Box repeatedHeader() {
        return repeatedHeader;
    }

    public Diagram repeatedHeader(Box rows) {
        this.repeatedHeader = rows;
        return this;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public Diagram size(double newWidth, double newHeight) {
        this.width = newWidth;
        this.height = newHeight;
        return this;
    }

    /** Every node, containers before their children, the legend's last. */
    public Stream<Node> allNodes() {
        Stream<Node> content = nodes.stream().flatMap(Node::withDescendants);
        return legend == null ? content : Stream.concat(content, legend.withDescendants());
    }

    /** Every line: underlay, edges and overlay. */
    public Stream<Edge> allLines() {
        return Stream.of(underlay, edges, overlay).flatMap(List::stream);
    }

    /** Moves everything drawn by (dx, dy). */
    public void translate(double dx, double dy) {
        nodes.forEach(n -> n.translate(dx, dy));
        allLines().forEach(e -> e.translate(dx, dy));
        headings.forEach(h -> h.translate(dx, dy));
        if (legend != null) {
            legend.translate(dx, dy);
        }
        if (repeatedHeader != null) {
            repeatedHeader = repeatedHeader.translate(dx, dy);
        }
    }

    /**
     * The reference of the innermost content node at (x, y) that shows a plan element, or {@code null}: what an
     * interactive renderer selects when the reader clicks there.
     */
    public String refAt(double x, double y) {
        Point point = new Point(x, y);
        String found = null;
        for (Node node : nodes.stream().flatMap(Node::withDescendants).toList()) {
            if (node.ref() != null && node.box().contains(point)) {
                found = node.ref();
            }
        }
        return found;
    }
}
