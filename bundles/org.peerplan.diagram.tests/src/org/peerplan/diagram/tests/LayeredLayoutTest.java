package org.peerplan.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.diagram.Edge;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.Palette;
import org.peerplan.diagram.Point;
import org.peerplan.diagram.Shape;
import org.peerplan.diagram.layout.Frame;
import org.peerplan.diagram.layout.LayeredLayout;
import org.peerplan.diagram.layout.LegendEntry;
import org.peerplan.diagram.layout.Nodes;
import org.peerplan.diagram.text.TextMetrics;

class LayeredLayoutTest {

    /** A small flow in three columns, as the traceability diagram draws them. */
    static Diagram flow() {
        Diagram diagram = new Diagram(DiagramKind.TRACEABILITY, "flow", "A flow");
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            nodes.add(step(i, "Step " + i + " with a long enough name to need wrapping onto a second line"));
        }
        List<Edge> edges = List.of(edge(nodes, 0, 2), edge(nodes, 1, 2), edge(nodes, 2, 3), edge(nodes, 2, 4),
                edge(nodes, 4, 5));
        LayeredLayout layout = new LayeredLayout(LayeredLayout.Flow.LEFT_TO_RIGHT);
        layout.column(nodes.get(0), 0).column(nodes.get(1), 0).column(nodes.get(5), 3);
        layout.apply(nodes, edges);
        nodes.forEach(diagram::add);
        edges.forEach(diagram::add);
        return Frame.finish(diagram, "A subtitle",
                List.of(new LegendEntry(Shape.ROUNDED, Palette.NORMAL, "a step"),
                        new LegendEntry(Shape.LINE, Palette.LINE, "leads to")));
    }

    private static Edge edge(List<Node> nodes, int from, int to) {
        return new Edge("e" + from + "-" + to, nodes.get(from), nodes.get(to), Palette.LINE).withArrow();
    }

    @Test
    void placesNodesWithoutOverlapAndKeepsTheirLabelsInside() {
        LayoutInvariants.assertClean(flow());
    }

    @Test
    void edgesRunFromSourceToTargetAndColumnsAreKept() {
        Diagram diagram = flow();
        for (Edge edge : diagram.edges()) {
            Point first = edge.points().get(0);
            Point last = edge.points().get(edge.points().size() - 1);
            assertTrue(edge.source().box().grow(1).contains(first), edge.id() + " starts at its source");
            assertTrue(edge.target().box().grow(1).contains(last), edge.id() + " ends at its target");
        }
        Node first = diagram.nodes().get(0);
        Node last = diagram.nodes().get(5);
        assertTrue(first.box().right() < diagram.nodes().get(2).box().x());
        assertTrue(diagram.nodes().get(4).box().right() <= last.box().x(), "column 3 comes after column 2");
        assertTrue(first.labels().get(0).lines().size() > 1, "the long name is wrapped");
        assertTrue(first.labels().get(0).width() <= 140, "within the width asked for");
    }

    @Test
    void columnsLineUpAcrossUnconnectedParts() {
        // A tall connected part in columns 0 and 1, a short one of two nodes, and a node nothing links to.
        LayeredLayout layout = new LayeredLayout(LayeredLayout.Flow.LEFT_TO_RIGHT);
        List<Node> nodes = steps(14, 2, layout);
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < 8; i += 2) {
            edges.add(edge(nodes, i, i + 1));
            edges.add(edge(nodes, i, i + 3));
        }
        edges.add(edge(nodes, 10, 11));
        layout.apply(nodes, edges);
        double column0 = nodes.stream().filter(n -> nodes.indexOf(n) % 2 == 0).mapToDouble(n -> n.box().right())
                .max().orElseThrow();
        double column1 = nodes.stream().filter(n -> nodes.indexOf(n) % 2 == 1).mapToDouble(n -> n.box().x()).min()
                .orElseThrow();
        assertTrue(column0 < column1, "column 0 ends at " + column0 + ", before column 1 begins at " + column1);
    }

    @Test
    void theSameColumnsGiveTheSameLayoutEveryTime() {
        List<String> layouts = new ArrayList<>();
        for (int run = 0; run < 4; run++) {
            LayeredLayout layout = new LayeredLayout(LayeredLayout.Flow.LEFT_TO_RIGHT);
            List<Node> nodes = steps(40, 4, layout);
            List<Edge> edges = new ArrayList<>();
            // Each node of the first three columns links to two scattered nodes of the next.
            for (int i = 0; i < 40; i++) {
                if (i % 4 != 3) {
                    edges.add(edge(nodes, i, 4 * ((i / 4 * 3 + 1) % 10) + i % 4 + 1));
                    edges.add(edge(nodes, i, 4 * ((i / 4 * 7 + 4) % 10) + i % 4 + 1));
                }
            }
            layout.apply(nodes, edges);
            layouts.add(nodes.stream().map(n -> n.box().toString()).toList().toString());
        }
        assertEquals(1, Set.copyOf(layouts).size(), "four runs gave " + Set.copyOf(layouts).size() + " layouts");
    }

    /** {@code count} small nodes dealt round {@code columns} columns: node i goes to column i modulo columns. */
    private static List<Node> steps(int count, int columns, LayeredLayout layout) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            nodes.add(step(i, "Step " + i));
            layout.column(nodes.get(i), i % columns);
        }
        return nodes;
    }

    /** A node whose text is wrapped to 140 units and centred. */
    private static Node step(int index, String text) {
        return Nodes.stack("n" + index, Shape.ROUNDED, Palette.NORMAL, List.of(TextMetrics.label(text, 140, 11, false)),
                Label.Align.MIDDLE, 0, 0, 0);
    }
}
