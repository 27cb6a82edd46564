/** The workbench's commands that are not an editor's: open, open recent, new plan, about. */
package org.peerplan.ui.handlers;
