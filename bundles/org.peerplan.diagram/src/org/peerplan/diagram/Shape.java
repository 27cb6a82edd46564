package org.peerplan.diagram;

/** The outline a node is drawn with. */
public enum Shape {
    RECTANGLE, ROUNDED, DIAMOND, ELLIPSE,
    /** A horizontal stroke across the node's middle: the legend's sample of a line style. */
    LINE,
    /** No outline: only the node's labels are drawn (captions, axis ticks, legend text). */
    NONE
}
