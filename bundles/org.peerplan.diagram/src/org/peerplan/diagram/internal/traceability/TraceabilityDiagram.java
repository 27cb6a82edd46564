package org.peerplan.diagram.internal.traceability;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.emf.ecore.EObject;
import org.peerplan.core.plan.Labels;
import org.peerplan.core.schedule.ScheduledTask;
import org.peerplan.diagram.Box;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.diagram.Edge;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.Palette;
import org.peerplan.diagram.Point;
import org.peerplan.diagram.Shape;
import org.peerplan.diagram.Style;
import org.peerplan.diagram.layout.Frame;
import org.peerplan.diagram.layout.LayeredLayout;
import org.peerplan.diagram.layout.LegendEntry;
import org.peerplan.diagram.layout.Nodes;
import org.peerplan.diagram.plan.DiagramBuilder;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.diagram.internal.traceability.Traces.Link;
import org.peerplan.diagram.text.TextMetrics;
import org.peerplan.model.Action;
import org.peerplan.model.Cause;
import org.peerplan.model.Stage;
import org.peerplan.model.Task;
import org.peerplan.diagram.text.Dates;

/**
 * Draws the chain from the plan's root causes to its timeline in four columns, left to right: causes, the actions
 * that answer them, the tasks that carry the actions out and the stages holding those tasks. A cause no action
 * answers and an action that answers no cause are orphans, drawn in the problem style and saying so; an action with
 * no task yet is a gap, drawn in the caution style.
 */
public final class TraceabilityDiagram implements DiagramBuilder {

    private static final double TEXT_SIZE = 11;
    private static final double DETAIL_SIZE = TextMetrics.SMALLEST;
    private static final double HEADING_SIZE = 14;
    private static final double HEADING_GAP = 12;
    private static final double LINE_GAP = 2;
    /** The height a line needs where it meets a box, arrowhead included. */
    private static final double LINE_SLOT = 12;
    private static final Style LINK = Palette.LINE;

    /** The four columns, left to right; each kind of element has its own outline and a fill of its own grey. */
    private enum Column {
        CAUSES("Causes", Shape.RECTANGLE, new Style("#e8c8dc", Palette.REDDISH_PURPLE, 1.25, null, Palette.TEXT), 210,
                "cause in a root-cause analysis"),
        ACTIONS("Actions", Shape.ROUNDED, Palette.NORMAL, 210, "action that answers a cause"),
        TASKS("Tasks", Shape.RECTANGLE, new Style(Palette.PAPER, "#404040", 1, null, Palette.TEXT), 180,
                "timeline task that carries an action out (only these tasks are shown)"),
        STAGES("Stages", Shape.ROUNDED, new Style("#c9c9c9", Palette.BLACK, 1.5, null, Palette.TEXT), 150,
                "timeline stage holding the task");

        private final String heading;
        private final Shape shape;
        private final Style style;
        private final double textWidth;
        private final String meaning;

        Column(String heading, Shape shape, Style style, double textWidth, String meaning) {
            this.heading = heading;
            this.shape = shape;
            this.style = style;
            this.textWidth = textWidth;
            this.meaning = meaning;
        }
    }

    @Override
    public List<Diagram> build(DiagramInput input) {
        Traces traces = new Traces(input.plan());
        Diagram diagram = new Diagram(DiagramKind.TRACEABILITY, "traceability", DiagramKind.TRACEABILITY.title())
                .description(description(traces, input));
        // Straight lines: with dozens of links between two columns, orthogonal routes share channels and a reader
        // cannot tell where one crosses another from where it joins it; a straight line from box to box can be followed.
        LayeredLayout layout = new LayeredLayout(LayeredLayout.Flow.LEFT_TO_RIGHT).spacing(14, 96)
                .option(LayeredOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        List<Link> links = traces.links();
        Map<EObject, Integer> ends = ends(links);
        Map<EObject, Node> nodes = new LinkedHashMap<>();
        Map<Node, Column> columns = new LinkedHashMap<>();
        for (Cause cause : traces.causes()) {
            add(cause, causeCard(cause, traces), Column.CAUSES, ends, nodes, columns, layout);
        }
        for (Action action : traces.actions()) {
            add(action, actionCard(action, traces), Column.ACTIONS, ends, nodes, columns, layout);
        }
        for (Task task : traces.tasks()) {
            add(task, taskCard(task, input), Column.TASKS, ends, nodes, columns, layout);
        }
        for (Stage stage : traces.stages()) {
            add(stage, stageCard(stage, traces), Column.STAGES, ends, nodes, columns, layout);
        }
        List<Edge> edges = links.stream().map(l -> link(nodes.get(l.source()), nodes.get(l.target()))).toList();
        Box bounds = layout.apply(List.copyOf(nodes.values()), edges);
        if (upwards(traces.stages().stream().map(nodes::get).toList())) {
            mirror(nodes.values(), edges, bounds);
        }
        nodes.values().forEach(diagram::add);
        edges.forEach(diagram::add);
        headings(columns).forEach(diagram::add);
        return List.of(Frame.finish(diagram, subtitle(traces, input), legend()));
    }

    /**
     * How many lines meet each element on its busier side. Its box is made tall enough for that many arrowheads side
     * by side, so that lines converging on a stage stay apart.
     */
    private static Map<EObject, Integer> ends(List<Link> links) {
        Map<EObject, Integer> incoming = new HashMap<>();
        Map<EObject, Integer> outgoing = new HashMap<>();
        for (Link link : links) {
            outgoing.merge(link.source(), 1, Integer::sum);
            incoming.merge(link.target(), 1, Integer::sum);
        }
        Map<EObject, Integer> ends = new HashMap<>(incoming);
        outgoing.forEach((element, count) -> ends.merge(element, count, Math::max));
        return ends;
    }

    /** Whether more stages lie above an earlier stage than below it. */
    private static boolean upwards(List<Node> stagesInTimelineOrder) {
        int order = 0;
        for (int i = 0; i < stagesInTimelineOrder.size(); i++) {
            for (int j = i + 1; j < stagesInTimelineOrder.size(); j++) {
                order += Double.compare(stagesInTimelineOrder.get(j).box().y(), stagesInTimelineOrder.get(i).box().y());
            }
        }
        return order < 0;
    }

    /**
     * Turns the drawing upside down, so that the stages read in timeline order from the top: the layout minimises
     * crossings, which a mirror image keeps, but may find the order upside down.
     */
    private static void mirror(Collection<Node> nodes, List<Edge> edges, Box bounds) {
        double flip = 2 * bounds.y() + bounds.height();
        nodes.forEach(n -> n.moveTo(n.box().x(), flip - n.box().bottom()));
        edges.forEach(e -> e.route(e.points().stream().map(p -> new Point(p.x(), flip - p.y())).toList()));
    }

    private static void add(EObject element, Card card, Column column, Map<EObject, Integer> ends,
            Map<EObject, Node> nodes, Map<Node, Column> columns, LayeredLayout layout) {
        Node node = card.node(element, column, (ends.getOrDefault(element, 0) + 1) * LINE_SLOT);
        nodes.put(element, node);
        columns.put(node, column);
        layout.column(node, column.ordinal());
    }

    private static Edge link(Node source, Node target) {
        return new Edge(source.id() + "->" + target.id(), source, target, LINK).withArrow();
    }

    private static Card causeCard(Cause cause, Traces traces) {
        String where = text(traces.analysisOf(cause).getTitle(), "Untitled analysis") + " · "
                + (cause.getCategory() == null ? "no category" : Labels.capitalized(Labels.words(cause.getCategory())))
                + (cause.eContainer() instanceof Cause ? " · sub-cause" : "");
        Card card = new Card(text(cause.getDescription(), "Cause without a description"), where, cause.getDetails());
        return traces.answered(cause) ? card : card.problem("no action");
    }

    private static Card actionCard(Action action, Traces traces) {
        List<String> facts = new ArrayList<>();
        facts.add(action.getOwner() == null ? "no owner" : text(action.getOwner().getName(), "unnamed owner"));
        if (action.getDue() != null) {
            facts.add("due " + Dates.day(action.getDue()));
        }
        if (action.getStatus() != null) {
            facts.add(Labels.words(action.getStatus()));
        }
        Card card = new Card(text(action.getTitle(), "Untitled action"), String.join(" · ", facts),
                action.getDescription());
        if (traces.causesOf(action).isEmpty()) {
            card = card.problem("addresses no cause");
        }
        return action.getTasks().isEmpty() ? card.caution("no tasks yet") : card;
    }

    private static Card taskCard(Task task, DiagramInput input) {
        List<String> facts = new ArrayList<>();
        if (task.isMilestone()) {
            facts.add("milestone");
        }
        ScheduledTask scheduled = input.schedule().of(task);
        if (scheduled != null) {
            facts.add(Dates.span(scheduled.earlyStart(), scheduled.lastDay()));
        }
        if (task.getStatus() != null) {
            facts.add(Labels.words(task.getStatus()));
        }
        return new Card(text(task.getName(), "Untitled task"), String.join(" · ", facts), task.getDescription());
    }

    private static Card stageCard(Stage stage, Traces traces) {
        long shown = stage.getTasks().stream().filter(traces::shown).count();
        return new Card(text(stage.getName(), "Untitled stage"),
                shown + " of " + stage.getTasks().size() + " tasks shown", null).bold();
    }

    /** Places each column's heading above its nodes, all on one line above the tallest column's top. */
    private static List<Node> headings(Map<Node, Column> columns) {
        double top = columns.keySet().stream().mapToDouble(n -> n.box().y()).min().orElse(0);
        List<Node> headings = new ArrayList<>();
        for (Column column : Column.values()) {
            Box area = columns.entrySet().stream().filter(e -> e.getValue() == column).map(e -> e.getKey().box())
                    .reduce(Box::union).orElse(null);
            if (area == null) {
                continue;
            }
            Label label = TextMetrics.label(column.heading, HEADING_SIZE, true);
            Node heading = new Node("heading-" + column.name().toLowerCase(Locale.ROOT), Shape.NONE,
                    Palette.TEXT_ONLY).size(label.width(), label.height());
            heading.moveTo(area.centerX() - label.width() / 2, top - HEADING_GAP - label.height());
            label.centerIn(heading.box());
            headings.add(heading.add(label));
        }
        return headings;
    }

    private static String subtitle(Traces traces, DiagramInput input) {
        long all = input.plan().getTimeline().getStages().stream().mapToLong(s -> s.getTasks().size()).sum();
        return input.subtitle() + " · shows the " + traces.tasks().size() + " of " + all
                + " tasks that actions lead to; the timeline shows every task";
    }

    private static String description(Traces traces, DiagramInput input) {
        long unanswered = traces.causes().stream().filter(c -> !traces.answered(c)).count();
        long unfounded = traces.actions().stream().filter(a -> traces.causesOf(a).isEmpty()).count();
        return "How the " + traces.causes().size() + " causes of the plan's " + input.plan().getRootCauseAnalyses().size()
                + " root-cause analyses lead to its " + traces.actions().size() + " actions, to the "
                + traces.tasks().size() + " timeline tasks those actions name and to the " + traces.stages().size()
                + " stages holding them. " + unanswered + (unanswered == 1 ? " cause has" : " causes have")
                + " no action; " + unfounded + (unfounded == 1 ? " action addresses" : " actions address") + " no cause.";
    }

    private static List<LegendEntry> legend() {
        List<LegendEntry> entries = new ArrayList<>();
        for (Column column : Column.values()) {
            entries.add(new LegendEntry(column.shape, column.style, column.meaning));
        }
        entries.add(new LegendEntry(Shape.LINE, LINK, "leads to (addresses, is carried out by, is part of)"));
        entries.add(new LegendEntry(Shape.RECTANGLE, Palette.PROBLEM,
                "orphan: a cause with no action, or an action that addresses no cause (marked ⚠)"));
        entries.add(new LegendEntry(Shape.ROUNDED, Palette.CAUTION, "action with no tasks yet: a gap to fill (marked ◌)"));
        return entries;
    }

    private static String text(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }


    /**
     * What one node says: its name, a line of detail in small muted type, and the marks that explain a problem or
     * caution style, stacked and left-aligned in a box as wide as its column.
     */
    private static final class Card {

        private final String name;
        private final String detail;
        private final String tooltip;
        private final List<String> problems = new ArrayList<>();
        private final List<String> cautions = new ArrayList<>();
        private boolean bold;

        Card(String name, String detail, String tooltip) {
            this.name = name;
            this.detail = detail;
            this.tooltip = tooltip;
        }

        Card bold() {
            this.bold = true;
            return this;
        }

        Card problem(String mark) {
            problems.add(mark);
            return this;
        }

        Card caution(String mark) {
            cautions.add(mark);
            return this;
        }

        /** A caution never hides a problem: the problem style wins and both marks are shown. */
        private Style style(Column column) {
            return !problems.isEmpty() ? Palette.PROBLEM : !cautions.isEmpty() ? Palette.CAUTION : column.style;
        }

        /** The node, at least {@code minHeight} tall with its text in the middle. */
        Node node(EObject element, Column column, double minHeight) {
            List<Label> labels = new ArrayList<>();
            labels.add(TextMetrics.label(name, column.textWidth, TEXT_SIZE, bold));
            if (detail != null && !detail.isBlank()) {
                labels.add(TextMetrics.label(detail, column.textWidth, DETAIL_SIZE, false).color(Palette.MUTED_TEXT));
            }
            problems.forEach(mark -> labels.add(TextMetrics.label("⚠ " + mark, column.textWidth, DETAIL_SIZE, true)
                    .color(Palette.VERMILLION)));
            cautions.forEach(mark -> labels.add(TextMetrics.label("◌ " + mark, column.textWidth, DETAIL_SIZE, true)));
            String ref = DiagramInput.ref(element);
            Node node = Nodes.stack(ref, column.shape, style(column), labels, Label.Align.START,
                    column.textWidth + 2 * Nodes.PADDING, LINE_GAP, minHeight).ref(ref);
            if (tooltip != null && !tooltip.isBlank()) {
                node.tooltip(tooltip);
            }
            return node;
        }
    }
}
