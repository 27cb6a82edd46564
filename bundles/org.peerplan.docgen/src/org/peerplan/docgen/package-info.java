/**
 * Generating the documents a board reads: each document is a section template laid out alone or inside the board
 * pack, rendered from the plan's views to HTML, PDF and DOCX. Diagrams enter a document as inline SVG figures, which
 * every format carries and none lets reach outside the document.
 */
package org.peerplan.docgen;
