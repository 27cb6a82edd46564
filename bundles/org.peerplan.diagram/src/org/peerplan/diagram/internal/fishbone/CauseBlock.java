package org.peerplan.diagram.internal.fishbone;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.peerplan.diagram.Edge;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.Palette;
import org.peerplan.diagram.Point;
import org.peerplan.diagram.Shape;
import org.peerplan.diagram.Style;
import org.peerplan.diagram.layout.Nodes;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.diagram.text.TextMetrics;
import org.peerplan.model.Cause;
import org.peerplan.model.Intervention;
import org.peerplan.model.Why;

/**
 * One cause as a box, with its why-chain and its sub-causes stacked beneath it, indented and hanging from a thin rail.
 * The block is laid out with its top-left corner at (0, 0) and then moved into place as a whole; every box in it ends
 * at the same right edge, where the bone's twig meets the cause.
 */
final class CauseBlock {

    /** The marker of a cause for which nothing is proposed yet: the gap a reader must act on. */
    static final String NO_INTERVENTION = "⚠ no intervention proposed";
    static final Style RAIL = new Style(null, Palette.GREY, 1, null, Palette.TEXT);

    private static final double TEXT_SIZE = 10;
    private static final double DETAIL_SIZE = TextMetrics.SMALLEST;
    private static final double INDENT = 18;
    private static final double WHY_GAP = 4;
    private static final double SUB_CAUSE_GAP = 8;
    private static final double PROMPT_GAP = 4;
    /** Between a cause's description and the line under it. */
    private static final double MARKER_GAP = 2;
    /** Space left between a rail's tick and the text it points at. */
    private static final double TICK_GAP = 3;

    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> lines = new ArrayList<>();
    private final Node box;
    private double bottom;

    private final boolean withWhys;

    /** @param withWhys whether each cause's why-chain is drawn under it, or left to the worksheet */
    CauseBlock(Cause cause, double width, boolean withWhys) {
        this.withWhys = withWhys;
        box = place(cause, 0, 0, width);
    }

    /** The top-level cause's box, which the twig joins. */
    Node box() {
        return box;
    }

    double height() {
        return bottom;
    }

    List<Node> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    List<Edge> lines() {
        return Collections.unmodifiableList(lines);
    }

    void translate(double dx, double dy) {
        nodes.forEach(n -> n.translate(dx, dy));
        lines.forEach(l -> l.translate(dx, dy));
    }

    /** "1 cause", "2 causes". */
    static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }

    static String text(String value) {
        return value == null || value.isBlank() ? "(not described)" : value;
    }

    /** Places the cause's box at (x, y) and its whys and sub-causes beneath; returns the box. */
    private Node place(Cause cause, double x, double y, double width) {
        Node node = causeNode(cause, width).moveTo(x, y);
        nodes.add(node);
        bottom = node.box().bottom();
        double childX = x + INDENT;
        double childWidth = width - INDENT;
        List<Double> anchors = new ArrayList<>();
        for (Why why : withWhys ? cause.getWhys() : List.<Why>of()) {
            Node whyNode = whyNode(why, childWidth).moveTo(childX, bottom + WHY_GAP);
            nodes.add(whyNode);
            Label firstLine = whyNode.labels().get(0);
            anchors.add(firstLine.box().y() + firstLine.lineHeight() / 2);
            bottom = whyNode.box().bottom();
        }
        for (Cause subCause : cause.getSubCauses()) {
            anchors.add(place(subCause, childX, bottom + SUB_CAUSE_GAP, childWidth).box().centerY());
        }
        if (!anchors.isEmpty()) {
            String id = node.id();
            double railX = x + INDENT / 2;
            lines.add(Edge.line(id + "-rail", RAIL, new Point(railX, node.box().bottom()),
                    new Point(railX, anchors.get(anchors.size() - 1))));
            for (int i = 0; i < anchors.size(); i++) {
                lines.add(Edge.line(id + "-tick-" + i, RAIL, new Point(railX, anchors.get(i)),
                        new Point(childX - TICK_GAP, anchors.get(i))));
            }
        }
        return node;
    }

    /** The description, and beneath it how many interventions are proposed, or a marker when none is. */
    private static Node causeNode(Cause cause, double width) {
        boolean unaddressed = cause.getInterventions().isEmpty();
        double textWidth = width - 2 * Nodes.PADDING;
        Label description = TextMetrics.label(text(cause.getDescription()), textWidth, TEXT_SIZE, false);
        Label marker = unaddressed
                ? TextMetrics.label(NO_INTERVENTION, textWidth, DETAIL_SIZE, true).color(Palette.VERMILLION)
                : TextMetrics.label(count(cause.getInterventions().size(), "intervention"), textWidth, DETAIL_SIZE,
                        false).color(Palette.MUTED_TEXT);
        String ref = DiagramInput.ref(cause);
        return Nodes.stack(ref, Shape.ROUNDED, unaddressed ? Palette.PROBLEM : Palette.NORMAL,
                List.of(description, marker), Label.Align.START, width, MARKER_GAP, 0).ref(ref).tooltip(tooltip(cause));
    }

    /** The details and the interventions, which the box has no room for. */
    private static String tooltip(Cause cause) {
        List<String> lines = new ArrayList<>();
        if (cause.getDetails() != null && !cause.getDetails().isBlank()) {
            lines.add(cause.getDetails());
        }
        lines.addAll(cause.getInterventions().stream().map(Intervention::getDescription)
                .map(d -> "Intervention: " + text(d)).toList());
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /** "why?" in bold with the answer beside it, wrapped under itself. */
    private static Node whyNode(Why why, double width) {
        Label prompt = TextMetrics.label("why?", DETAIL_SIZE, true).color(Palette.MUTED_TEXT)
                .align(Label.Align.START).moveTo(0, 0);
        double answerX = prompt.width() + PROMPT_GAP;
        Label answer = TextMetrics.label(text(why.getText()), width - answerX, DETAIL_SIZE, false)
                .align(Label.Align.START).moveTo(answerX, 0);
        String ref = DiagramInput.ref(why);
        return new Node(ref, Shape.NONE, Palette.TEXT_ONLY)
                .size(answerX + answer.width(), Math.max(prompt.height(), answer.height())).ref(ref).add(prompt)
                .add(answer);
    }
}
