package org.peerplan.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.properties.IProperty;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.peerplan.diagram.Box;
import org.peerplan.diagram.Edge;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.Point;

/**
 * Lays out a flow with ELK Layered: nodes in layers along the flow's direction, edges routed orthogonally around
 * them. Nodes must already have their sizes; afterwards they have their positions and every edge its route, with the
 * drawing's top-left corner at (0, 0).
 */
public final class LayeredLayout {

    /** Which way the flow runs. */
    public enum Flow {
        LEFT_TO_RIGHT(Direction.RIGHT), TOP_DOWN(Direction.DOWN);

        private final Direction direction;

        Flow(Direction direction) {
            this.direction = direction;
        }
    }

    static {
        // ELK's option values are cloned through ElkReflect, which the metadata service fills on first use; inside
        // OSGi nothing else starts it, and the layered algorithm's options must be registered by hand.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    /** The most nodes placed with network simplex. */
    private static final int SIMPLEX_LIMIT = 400;

    private final Flow flow;
    private final Map<Node, Integer> columns = new HashMap<>();
    private final List<Consumer<ElkNode>> options = new ArrayList<>();
    private double nodeSpacing = 20;
    private double layerSpacing = 56;

    public LayeredLayout(Flow flow) {
        this.flow = flow;
    }

    /**
     * Keeps {@code node} in column (or row) {@code index} of the flow: nodes of a lower index come before nodes of a
     * higher one, whatever the edges say.
     */
    public LayeredLayout column(Node node, int index) {
        columns.put(node, index);
        return this;
    }

    public LayeredLayout spacing(double betweenNodes, double betweenLayers) {
        this.nodeSpacing = betweenNodes;
        this.layerSpacing = betweenLayers;
        return this;
    }

    /**
     * Sets one of ELK Layered's options ({@link LayeredOptions}) for a diagram kind that needs tuning beyond spacing;
     * it overrides this class's own choice for that option.
     */
    public <T> LayeredLayout option(IProperty<T> option, T value) {
        options.add(graph -> graph.setProperty(option, value));
        return this;
    }

    /** Places {@code nodes} and routes {@code edges} (whose ends are among the nodes); returns the drawing's bounds. */
    public Box apply(List<Node> nodes, List<Edge> edges) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(LayeredOptions.DIRECTION, flow.direction);
        graph.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(LayeredOptions.PADDING, new ElkPadding(0));
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, nodeSpacing);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, layerSpacing);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, nodeSpacing / 2);
        graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 8.0);
        graph.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, nodeSpacing * 1.5);
        // Network simplex layers and places nodes best but grows much faster than linearly: on a large plan's graph
        // (thousands of tasks) it took minutes, longest path and Brandes–Köpf take seconds.
        boolean small = nodes.size() <= SIMPLEX_LIMIT;
        graph.setProperty(LayeredOptions.LAYERING_STRATEGY,
                small ? LayeringStrategy.NETWORK_SIMPLEX : LayeringStrategy.LONGEST_PATH);
        graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY,
                small ? NodePlacementStrategy.NETWORK_SIMPLEX : NodePlacementStrategy.BRANDES_KOEPF);
        graph.setProperty(LayeredOptions.PARTITIONING_ACTIVATE, !columns.isEmpty());
        // Connected components laid out apart would each start their own column 0, side by side or stacked; columns
        // line up only when the graph is laid out whole.
        graph.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, columns.isEmpty());
        if (!columns.isEmpty() && small) {
            // ELK's partitioning hands the nodes of a column to the layering in hash order, so the same graph came out
            // differently from run to run; starting each column from the order the nodes were given makes it repeat.
            // ELK sorts by that order with an insertion sort, which a large graph cannot afford: there, the drawing
            // may differ from run to run.
            graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        }
        options.forEach(option -> option.accept(graph));
        Map<Node, ElkNode> elkNodes = new LinkedHashMap<>();
        for (Node node : nodes) {
            ElkNode elk = ElkGraphUtil.createNode(graph);
            elk.setDimensions(node.box().width(), node.box().height());
            if (columns.containsKey(node)) {
                elk.setProperty(LayeredOptions.PARTITIONING_PARTITION, columns.get(node));
            }
            elkNodes.put(node, elk);
        }
        Map<Edge, ElkEdge> elkEdges = new LinkedHashMap<>();
        for (Edge edge : edges) {
            elkEdges.put(edge, ElkGraphUtil.createSimpleEdge(required(elkNodes, edge.source(), edge),
                    required(elkNodes, edge.target(), edge)));
        }
        new LayeredLayoutProvider().layout(graph, new BasicProgressMonitor());
        elkNodes.forEach((node, elk) -> node.moveTo(elk.getX(), elk.getY()));
        elkEdges.forEach((edge, elk) -> edge.route(route(elk)));
        return new Box(0, 0, graph.getWidth(), graph.getHeight());
    }

    private static ElkNode required(Map<Node, ElkNode> elkNodes, Node end, Edge edge) {
        ElkNode elk = elkNodes.get(end);
        if (elk == null) {
            throw new IllegalArgumentException("The edge " + edge.id() + " ends at a node outside the layout: " + end);
        }
        return elk;
    }

    private static List<Point> route(ElkEdge edge) {
        List<Point> points = new ArrayList<>();
        for (ElkEdgeSection section : edge.getSections()) {
            points.add(new Point(section.getStartX(), section.getStartY()));
            for (ElkBendPoint bend : section.getBendPoints()) {
                points.add(new Point(bend.getX(), bend.getY()));
            }
            points.add(new Point(section.getEndX(), section.getEndY()));
        }
        return points;
    }
}
