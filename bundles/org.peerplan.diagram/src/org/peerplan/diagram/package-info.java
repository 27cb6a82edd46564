/**
 * The diagram model shared by every diagram kind and every renderer: nodes, edges, labels and styles with absolute
 * coordinates once laid out, each drawable linked back to the plan element it shows by a reference string. Nothing
 * here knows the plan's classes, so a renderer (SVG, PNG, the workbench's canvas) draws any diagram the same way.
 */
package org.peerplan.diagram;
