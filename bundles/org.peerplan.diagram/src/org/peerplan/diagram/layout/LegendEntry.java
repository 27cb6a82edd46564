package org.peerplan.diagram.layout;

import org.peerplan.diagram.Shape;
import org.peerplan.diagram.Style;

/** One line of a diagram's legend: a sample of a shape or line style and what it means. */
public record LegendEntry(Shape shape, Style style, String meaning) {
}
