package org.peerplan.diagram.plan;

import java.util.List;

import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.diagram.internal.supervision.SupervisionDiagram;
import org.peerplan.diagram.internal.traceability.TraceabilityDiagram;

/** The diagrams of a plan, by kind. */
public final class PlanDiagrams {

    private PlanDiagrams() {
    }

    public static List<Diagram> build(DiagramKind kind, DiagramInput input) {
        return builder(kind).build(input);
    }

    private static DiagramBuilder builder(DiagramKind kind) {
        return switch (kind) {
            case SUPERVISION -> new SupervisionDiagram();
            case TRACEABILITY -> new TraceabilityDiagram();
            default -> throw new IllegalArgumentException(kind.id() + " diagrams are not drawn yet");
        };
    }
}
