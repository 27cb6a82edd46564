package org.peerplan.diagram.internal.fishbone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.Edge;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.Palette;
import org.peerplan.diagram.Point;
import org.peerplan.diagram.Shape;
import org.peerplan.diagram.Style;
import org.peerplan.diagram.layout.Nodes;
import org.peerplan.diagram.text.TextMetrics;
import org.peerplan.model.Cause;
import org.peerplan.model.RootCauseCategory;

/**
 * One category of causes: a bold label box at the bone's outer end, a slanted line from there to the spine, and the
 * category's causes stacked in a column beside the bone, each joined to it by a horizontal twig. An empty category
 * still gets its bone, with a note saying so, because a category nobody found causes in is worth seeing.
 */
final class Bone {

    static final Style CATEGORY = new Style("#e6e6e6", "#404040", 1.5, null, Palette.TEXT);
    private static final String EMPTY = "no causes recorded";
    private static final Style LINE = new Style(null, "#404040", 2.5, null, Palette.TEXT);
    private static final double NAME_SIZE = 12;
    private static final double COUNT_SIZE = TextMetrics.SMALLEST;
    private static final double EMPTY_SIZE = 10;
    private static final double BLOCK_GAP = 16;
    /**
     * The most extra space between causes when the bone is longer than they need (because the bone beside it is
     * crowded): beyond it the causes stay together at the label's end of the bone rather than drift apart.
     */
    private static final double MAX_SPREAD = 40;
    /** Between the causes' region and the label box. */
    private static final double LABEL_GAP = 14;

    private final String id;
    private final double blockWidth;
    private final Node label;
    private final List<CauseBlock> blocks;
    private final Node emptyNote;

    Bone(RootCauseCategory category, List<Cause> causes, double blockWidth, boolean withWhys) {
        this.id = "bone-" + category.getLiteral().toLowerCase(Locale.ROOT).replace('_', '-');
        this.blockWidth = blockWidth;
        this.blocks = causes.stream().map(c -> new CauseBlock(c, blockWidth, withWhys)).toList();
        this.label = label(id, category, causes);
        this.emptyNote = blocks.isEmpty() ? emptyNote(id) : null;
    }

    /** The display name of a category, as the worksheet writes it. */
    static String name(RootCauseCategory category) {
        return switch (category) {
            case ENVIRONMENT -> "Environment";
            case PEOPLE -> "People";
            case POLICIES -> "Policies";
            case PROCESSES_AND_PROCEDURES -> "Processes & Procedures";
        };
    }

    /** The cause and its sub-causes, depth first. */
    static Stream<Cause> withSubCauses(Cause cause) {
        return Stream.concat(Stream.of(cause), cause.getSubCauses().stream().flatMap(Bone::withSubCauses));
    }

    /** The height the causes need when stacked along the bone. */
    double contentHeight() {
        if (blocks.isEmpty()) {
            return emptyNote.box().height();
        }
        return blocks.stream().mapToDouble(CauseBlock::height).sum() + BLOCK_GAP * (blocks.size() - 1);
    }

    /** How far the label box reaches to the right of the bone's outer end. */
    double labelHalfWidth() {
        return label.box().width() / 2;
    }

    /**
     * Places the bone's causes in the column starting at {@code left}, spread over the region from {@code top} that is
     * {@code height} tall (towards its outer end when there is more room than they need), the label box beyond the
     * region's outer end, and the bone from the label box (at {@code outerX}) to the spine (at {@code junctionX},
     * {@code spineY}).
     *
     * @param above whether the bone lies above the spine, so that its outer end is at the top
     */
    void place(Diagram diagram, double left, double top, double height, double outerX, double junctionX,
            double spineY, boolean above) {
        double labelY = above ? top - LABEL_GAP - label.box().height() : top + height + LABEL_GAP;
        label.moveTo(outerX - labelHalfWidth(), labelY);
        diagram.add(label);
        Point outer = new Point(outerX, above ? label.box().bottom() : label.box().y());
        Point junction = new Point(junctionX, spineY);
        diagram.addUnderlay(Edge.line(id + "-line", LINE, above ? outer : junction, above ? junction : outer));
        int items = Math.max(1, blocks.size());
        double spread = Math.min(MAX_SPREAD, (height - contentHeight()) / (items + 1));
        double y = above ? top + spread : top + height - contentHeight() - items * spread;
        if (blocks.isEmpty()) {
            diagram.add(emptyNote.moveTo(left + blockWidth - emptyNote.box().width(), y));
            return;
        }
        for (CauseBlock block : blocks) {
            block.translate(left, y);
            double twigY = block.box().box().centerY();
            double boneX = outer.x() + (junction.x() - outer.x()) * (twigY - outer.y()) / (junction.y() - outer.y());
            diagram.addUnderlay(Edge.line(block.box().id() + "-twig", Palette.LINE,
                    new Point(block.box().box().right(), twigY), new Point(boneX, twigY)));
            block.lines().forEach(diagram::addUnderlay);
            block.nodes().forEach(diagram::add);
            y += block.height() + BLOCK_GAP + spread;
        }
    }

    private static Node emptyNote(String id) {
        Label note = TextMetrics.label(EMPTY, EMPTY_SIZE, false).color(Palette.MUTED_TEXT).align(Label.Align.START);
        return new Node(id + "-empty", Shape.NONE, Palette.TEXT_ONLY).size(note.width(), note.height()).add(note);
    }

    /** The category's name in bold and, under it, how many causes hang on the bone and how many lack interventions. */
    private static Node label(String id, RootCauseCategory category, List<Cause> causes) {
        List<Label> lines = new ArrayList<>();
        lines.add(TextMetrics.label(name(category), NAME_SIZE, true));
        if (!causes.isEmpty()) {
            List<Cause> all = causes.stream().flatMap(Bone::withSubCauses).toList();
            long unaddressed = all.stream().filter(c -> c.getInterventions().isEmpty()).count();
            String summary = CauseBlock.count(all.size(), "cause")
                    + (unaddressed == 0 ? "" : " · " + unaddressed + " without intervention");
            lines.add(TextMetrics.label(summary, COUNT_SIZE, false).color(Palette.MUTED_TEXT));
        }
        return Nodes.stack(id, Shape.RECTANGLE, CATEGORY, lines, Label.Align.MIDDLE, 0, 0, 0);
    }
}
