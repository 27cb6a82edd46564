package org.peerplan.diagram.plan;

import java.util.List;

import org.peerplan.diagram.Diagram;

/** Builds the laid-out diagrams of one kind from a plan; a kind may give several (one fishbone per analysis). */
public interface DiagramBuilder {

    List<Diagram> build(DiagramInput input);
}
