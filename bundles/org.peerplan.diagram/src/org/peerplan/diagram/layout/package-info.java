/**
 * Placing nodes and routing edges: ELK's layered algorithm for flows, and the frame every diagram gets (title,
 * legend, margins). Diagram kinds whose geometry ELK does not express (a time axis, a fishbone) place their nodes
 * themselves and use only the frame.
 */
package org.peerplan.diagram.layout;
