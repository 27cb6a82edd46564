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
     * The timeline at a glance, for a board: each stage's span and its milestones on one page, named
     * {@value TimelineDiagram#GLANCE}.
     */
    public static Diagram timelineAtAGlance(DiagramInput input) {
        return TimelineDiagram.atAGlance().build(input).get(0);
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
