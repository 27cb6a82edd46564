package org.peerplan.diagram.internal.fishbone;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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
import org.peerplan.diagram.layout.LegendEntry;
import org.peerplan.diagram.layout.Nodes;
import org.peerplan.diagram.plan.DiagramBuilder;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.diagram.text.TextMetrics;
import org.peerplan.model.Cause;
import org.peerplan.model.RootCauseAnalysis;
import org.peerplan.model.RootCauseCategory;

/**
 * One fishbone per root cause analysis, in the plan's order. The spine runs left to right into the head, the current
 * situation; the categories' bones stand in pairs along it, the first half of the categories above the spine and the
 * rest below, each pair meeting the spine at one point. The bones above grow upwards and those below downwards with
 * their causes, all bones on one side share a length so their labels line up, and the spine is as long as the pairs
 * of bones need.
 */
public final class FishboneDiagram implements DiagramBuilder {

    /**
     * How large the drawing's parts are.
     *
     * @param block     a cause's box with its padding
     * @param boneGap   the shortest twig, between the causes' column and the bone's outer end
     * @param column    between one pair of bones and the next
     * @param headText  where the current situation wraps
     * @param clearance between the spine and the nearest cause
     */
    private record Layout(double block, double boneGap, double column, double headText, double clearance) {
    }

    /** A cause's text wraps at 220 units. */
    private static final Layout FULL = new Layout(236, 36, 48, 240, 28);
    /**
     * Wide boxes close to the spine, so that a fishbone without its why-chains fits a landscape page at full size:
     * a cause's text wraps at 174 units.
     */
    private static final Layout BRIEF = new Layout(190, 20, 24, 160, 16);
    private static final Style HEAD = new Style("#eeeeee", Palette.BLACK, 2, null, Palette.TEXT);
    private static final double HEAD_CAPTION_SIZE = 10;
    private static final double HEAD_TEXT_SIZE = 11;
    private static final Style SPINE = new Style(null, "#404040", 4.5, null, Palette.TEXT);
    /** Between the spine and the nearest cause. */
    private static final double HEAD_GAP = 40;
    private static final double MIN_REGION = 40;
    /** How far a bone leans towards the head, as a share of its height, within bounds that keep it a slant. */
    private static final double LEAN = 0.25;
    private static final double MIN_SLANT = 50;
    private static final double MAX_SLANT = 140;

    private final boolean brief;

    /** The fishbone with every cause's why-chain under it. */
    public FishboneDiagram() {
        this(false);
    }

    private FishboneDiagram(boolean brief) {
        this.brief = brief;
    }

    /**
     * The fishbone as a document prints it after its worksheet, which lists the why-chains: the causes and sub-causes
     * on their bones without them, in columns narrow enough for a landscape page.
     */
    public static FishboneDiagram inBrief() {
        return new FishboneDiagram(true);
    }

    @Override
    public List<Diagram> build(DiagramInput input) {
        List<Diagram> diagrams = new ArrayList<>();
        for (RootCauseAnalysis analysis : input.plan().getRootCauseAnalyses()) {
            diagrams.add(draw(analysis, diagrams.size() + 1, input));
        }
        return diagrams;
    }

    private Diagram draw(RootCauseAnalysis analysis, int number, DiagramInput input) {
        Layout layout = brief ? BRIEF : FULL;
        Diagram diagram = new Diagram(DiagramKind.FISHBONE, "fishbone-" + number,
                DiagramKind.FISHBONE.title() + ": " + name(analysis, number)).description(description(analysis, number, brief));
        List<Bone> bones = RootCauseCategory.VALUES.stream()
                .map(c -> new Bone(c, causesIn(analysis, c), layout.block(), !brief)).toList();
        int columns = (bones.size() + 1) / 2;
        List<Bone> above = bones.subList(0, columns);
        List<Bone> below = bones.subList(columns, bones.size());
        double aboveHeight = regionHeight(above);
        double belowHeight = regionHeight(below);
        double slant = Math.clamp(LEAN * Math.max(aboveHeight, belowHeight), MIN_SLANT, MAX_SLANT);
        double outerOffset = layout.block() + layout.boneGap();
        List<Double> lefts = new ArrayList<>();
        double left = 0;
        for (int column = 0; column < columns; column++) {
            lefts.add(left);
            double labelReach = Math.max(above.get(column).labelHalfWidth(),
                    column < below.size() ? below.get(column).labelHalfWidth() : 0);
            left += outerOffset + Math.max(slant, labelReach) + layout.column();
        }
        double headX = left - layout.column() + HEAD_GAP;
        diagram.addUnderlay(Edge.line("spine", SPINE, new Point(0, 0), new Point(headX, 0)));
        for (int column = 0; column < columns; column++) {
            double outerX = lefts.get(column) + outerOffset;
            above.get(column).place(diagram, lefts.get(column), -layout.clearance() - aboveHeight, aboveHeight,
                    outerX, outerX + slant, 0, true);
            if (column < below.size()) {
                below.get(column).place(diagram, lefts.get(column), layout.clearance(), belowHeight, outerX,
                        outerX + slant, 0, false);
            }
        }
        Node head = head(analysis, layout.headText());
        diagram.add(head.moveTo(headX, -head.box().height() / 2));
        return brief ? Frame.finishUntitled(diagram, briefLegend())
                : Frame.finish(diagram, subtitle(analysis, input), legend());
    }

    private static List<Cause> causesIn(RootCauseAnalysis analysis, RootCauseCategory category) {
        return analysis.getCauses().stream().filter(c -> c.getCategory() == category).toList();
    }

    private static double regionHeight(List<Bone> bones) {
        return Math.max(MIN_REGION, bones.stream().mapToDouble(Bone::contentHeight).max().orElse(0));
    }

    private static String name(RootCauseAnalysis analysis, int number) {
        if (analysis.getTitle() != null && !analysis.getTitle().isBlank()) {
            return analysis.getTitle();
        }
        if (analysis.getChallenge() != null && !analysis.getChallenge().isBlank()) {
            return analysis.getChallenge();
        }
        return "analysis " + number;
    }

    private static String subtitle(RootCauseAnalysis analysis, DiagramInput input) {
        String challenge = analysis.getChallenge();
        return input.subtitle() + (challenge == null || challenge.isBlank() || challenge.equals(analysis.getTitle())
                ? "" : "\nChallenge: " + challenge);
    }

    /** The problem statement in a box at the spine's end. */
    private static Node head(RootCauseAnalysis analysis, double textWidth) {
        Label caption = TextMetrics.label("Current situation", HEAD_CAPTION_SIZE, true).color(Palette.MUTED_TEXT);
        Label situation = TextMetrics.label(CauseBlock.text(analysis.getCurrentSituation()), textWidth,
                HEAD_TEXT_SIZE, false);
        double width = Math.max(caption.width(), situation.width()) + 2 * Nodes.PADDING;
        caption.align(Label.Align.START).moveTo(Nodes.PADDING, Nodes.PADDING);
        situation.align(Label.Align.START).moveTo(Nodes.PADDING, caption.box().bottom() + 4);
        String ref = DiagramInput.ref(analysis);
        return new Node(ref, Shape.ROUNDED, HEAD).size(width, situation.box().bottom() + Nodes.PADDING).ref(ref)
                .tooltip(analysis.getChallenge()).add(caption).add(situation);
    }

    private static String description(RootCauseAnalysis analysis, int number, boolean brief) {
        List<Cause> all = analysis.getCauses().stream().flatMap(Bone::withSubCauses).toList();
        String perBone = RootCauseCategory.VALUES.stream()
                .map(c -> Bone.name(c) + " " + causesIn(analysis, c).stream().flatMap(Bone::withSubCauses).count())
                .collect(Collectors.joining(", "));
        long unaddressed = all.stream().filter(c -> c.getInterventions().isEmpty()).count();
        return "Fishbone of the root cause analysis '" + name(analysis, number)
                + "': the current situation at the head of the spine and " + CauseBlock.count(all.size(), "cause")
                + " (sub-causes included) on the four category bones (" + perBone
                + (brief ? "); the worksheet gives each cause's why-chain; " : "), each with its why-chain; ") + (unaddressed == 0 ? "every cause has an intervention proposed."
                        : CauseBlock.count((int) unaddressed, "cause") + " without any intervention proposed.");
    }

    private static List<LegendEntry> legend() {
        return List.of(new LegendEntry(Shape.ROUNDED, HEAD, "current situation: the problem the causes lead to"),
                new LegendEntry(Shape.RECTANGLE, Bone.CATEGORY, "category of causes, at the end of its bone"),
                new LegendEntry(Shape.ROUNDED, Palette.NORMAL, "cause, with the number of interventions proposed"),
                new LegendEntry(Shape.ROUNDED, Palette.PROBLEM,
                        CauseBlock.NO_INTERVENTION + " for the cause"),
                new LegendEntry(Shape.LINE, CauseBlock.RAIL,
                        "why-chain (each answer asks why of the one above) and sub-causes, under their cause"));
    }

    /** Short entries on one line, so that the fishbone in brief keeps its page. */
    private static List<LegendEntry> briefLegend() {
        return List.of(new LegendEntry(Shape.ROUNDED, HEAD, "current situation"),
                new LegendEntry(Shape.RECTANGLE, Bone.CATEGORY, "category"),
                new LegendEntry(Shape.ROUNDED, Palette.NORMAL, "cause"),
                new LegendEntry(Shape.ROUNDED, Palette.PROBLEM, CauseBlock.NO_INTERVENTION),
                new LegendEntry(Shape.LINE, CauseBlock.RAIL, "sub-causes, under their cause"));
    }
}
