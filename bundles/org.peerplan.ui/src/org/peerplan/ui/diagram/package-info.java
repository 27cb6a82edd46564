/** Diagrams on screen: the diagram bundle's drawings painted with SWT, in the Diagrams view and beside the editor's grids. */
package org.peerplan.ui.diagram;
