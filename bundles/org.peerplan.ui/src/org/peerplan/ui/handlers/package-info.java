/** The workbench's commands: open, open recent, new plan, generate the board pack, set a baseline, about. */
package org.peerplan.ui.handlers;
