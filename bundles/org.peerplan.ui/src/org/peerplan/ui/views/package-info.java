/** The workbench's views: the Plan Explorer and the Diagrams view, both following the plan editor in use. */
package org.peerplan.ui.views;
