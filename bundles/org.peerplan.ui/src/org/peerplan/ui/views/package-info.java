/**
 * The workbench's views: the Plan Explorer, the Diagrams view and the Compare view, each following the plan editor in
 * use.
 */
package org.peerplan.ui.views;
