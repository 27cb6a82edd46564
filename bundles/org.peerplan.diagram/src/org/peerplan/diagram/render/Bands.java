package org.peerplan.diagram.render;

import java.util.ArrayList;
import java.util.List;

import org.peerplan.diagram.Box;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.Edge;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;

/**
 * Cuts a diagram too tall for a page into horizontal bands, each no taller than a limit, cutting only where no node
 * box, text or legend would be cut in two. Between containers (a stage lane, a dashboard's panel) first; where none
 * ends within the limit a container may be cut, its contents not; where no such place exists, the band is cut at the
 * limit.
 */
public final class Bands {

    /** A band shorter than this share of the limit is not worth a page of its own: the cut moves down instead. */
    private static final double MIN_SHARE = 0.4;

    private Bands() {
    }

    /**
     * The bands, top to bottom, in whole diagram units; one band when the diagram fits. Every band but the first
     * leaves room for the diagram's {@linkplain Diagram#repeatedHeader() repeated header} within {@code maxHeight}.
     */
    public static List<Box> of(Diagram diagram, double maxHeight) {
        List<Box> obstacles = obstacles(diagram);
        FreeLines free = new FreeLines(obstacles);
        double header = diagram.repeatedHeader() == null ? 0 : Math.ceil(diagram.repeatedHeader().height());
        // Only the margin lies below the lowest element: a part holding nothing else is not made.
        double contentBottom = obstacles.stream().mapToDouble(Box::bottom).max().orElse(0);
        List<Box> bands = new ArrayList<>();
        double top = 0;
        double room = maxHeight;
        List<Box> wholes = new ArrayList<>(obstacles);
        diagram.nodes().stream().filter(n -> !n.children().isEmpty()).map(Node::box).forEach(wholes::add);
        FreeLines betweenContainers = new FreeLines(wholes);
        while (contentBottom - top > room) {
            // Between two containers (panels, stage lanes) first, so that each part holds whole ones where it can.
            double cut = betweenContainers.lowest(top + room, top + room * MIN_SHARE);
            if (Double.isNaN(cut)) {
                cut = free.lowest(top + room, top + room * MIN_SHARE);
            }
            if (Double.isNaN(cut)) {
                cut = Math.floor(top + room);
            }
            bands.add(new Box(0, top, diagram.width(), cut - top));
            top = cut;
            room = maxHeight - header;
        }
        if (bands.size() > 1 && contentBottom - top < room * MIN_SHARE) {
            top = balance(bands, free, contentBottom, room, maxHeight - (bands.size() == 1 ? 0 : header));
        }
        bands.add(new Box(0, top, diagram.width(), Math.min(diagram.height() - top, Math.floor(room))));
        return bands;
    }

    /**
     * Moves the last cut up where a place free of elements allows, so that the last part is not a sliver holding only
     * the key, say; returns where the last band begins.
     */
    private static double balance(List<Box> bands, FreeLines free, double contentBottom, double room,
            double previousRoom) {
        Box previous = bands.get(bands.size() - 1);
        double limit = Math.floor(contentBottom - room * MIN_SHARE);
        double lowest = Math.max(previous.y() + previousRoom * MIN_SHARE, contentBottom - room);
        double line = free.lowest(limit, lowest);
        if (Double.isNaN(line)) {
            return previous.bottom();
        }
        bands.set(bands.size() - 1, new Box(0, previous.y(), previous.width(), line - previous.y()));
        return line;
    }

    private static List<Box> obstacles(Diagram diagram) {
        List<Box> obstacles = new ArrayList<>();
        for (Node node : diagram.nodes().stream().flatMap(Node::withDescendants).toList()) {
            if (node.children().isEmpty()) {
                obstacles.add(node.box());
            }
            node.labels().stream().map(Label::box).forEach(obstacles::add);
            node.outsideLabels().stream().map(Label::box).forEach(obstacles::add);
        }
        diagram.allLines().map(Edge::label).filter(l -> l != null).map(Label::box).forEach(obstacles::add);
        diagram.headings().stream().map(Label::box).forEach(obstacles::add);
        if (diagram.legend() != null) {
            obstacles.add(diagram.legend().box());
        }
        return obstacles;
    }
}
