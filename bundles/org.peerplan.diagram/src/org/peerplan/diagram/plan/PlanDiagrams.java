package org.peerplan.diagram.plan;

import java.util.List;

import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.diagram.internal.fishbone.FishboneDiagram;
import org.peerplan.diagram.internal.readiness.ReadinessDiagram;
import org.peerplan.diagram.internal.supervision.SupervisionDiagram;
import org.peerplan.diagram.internal.timeline.TimelineDiagram;
import org.peerplan.diagram.internal.traceability.TraceabilityDiagram;

/** The diagrams of a plan, by kind. */
public final class PlanDiagrams {

    private PlanDiagrams() {
    }

    /** The diagrams of {@code kind}: one, or for the fishbone one per root-cause analysis (possibly none). */
    public static List<Diagram> build(DiagramKind kind, DiagramInput input) {
        return builder(kind).build(input);
    }

    /**
     * The diagrams of {@code kind} as the documents print them, each laid out to be no wider than {@code width}
     * pixels where its kind can be: the timeline narrows its calendar, the readiness dashboard its panels, and a
     * fishbone leaves its why-chains to the worksheet the documents print before it.
     */
    public static List<Diagram> fitting(DiagramKind kind, DiagramInput input, double width) {
        return switch (kind) {
            case TIMELINE -> TimelineDiagram.fitting(width).build(input);
            case READINESS -> new ReadinessDiagram(width).build(input);
            case FISHBONE -> FishboneDiagram.inBrief().build(input);
            default -> build(kind, input);
        };
    }

    /**
     * The timeline at a glance, for a board: each stage's span and its milestones, at most {@code width} pixels wide,
     * named {@value TimelineDiagram#GLANCE}.
     */
    public static Diagram timelineAtAGlance(DiagramInput input, double width) {
        return TimelineDiagram.atAGlance(width).build(input).get(0);
    }

    private static DiagramBuilder builder(DiagramKind kind) {
        return switch (kind) {
            case FISHBONE -> new FishboneDiagram();
            case READINESS -> new ReadinessDiagram();
            case SUPERVISION -> new SupervisionDiagram();
            case TIMELINE -> new TimelineDiagram();
            case TRACEABILITY -> new TraceabilityDiagram();
        };
    }
}
