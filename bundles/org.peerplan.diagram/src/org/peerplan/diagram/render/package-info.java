/**
 * Drawing a laid-out diagram. {@link org.peerplan.diagram.render.DiagramPainter} walks the diagram once, in paint
 * order, and tells a {@link org.peerplan.diagram.render.Canvas} what to draw; each output (SVG for documents, PNG
 * through Java2D, the workbench's SWT canvas) is a canvas. No canvas knows the plan or the diagram kinds.
 */
package org.peerplan.diagram.render;
