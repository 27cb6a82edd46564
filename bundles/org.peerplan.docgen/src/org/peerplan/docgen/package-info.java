/**
 * Generating the documents a board reads: each document is a section template laid out alone or inside the board
 * pack, rendered from the plan's views to HTML and PDF.
 */
package org.peerplan.docgen;
