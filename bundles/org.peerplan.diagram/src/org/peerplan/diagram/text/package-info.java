/**
 * Measuring and wrapping text in the typeface the diagrams are drawn in (DejaVu Sans, shipped in the bundle's
 * {@code fonts/} folder and embedded by the PDF writer), so that a label measured here fits its box in every renderer;
 * and writing dates the way the documents around the diagrams do.
 */
package org.peerplan.diagram.text;
