/** The Edit menu's actions for plans: Undo and Redo by name, Cut, Copy, Paste, Delete, Duplicate, Select All. */
package org.peerplan.ui.editor.actions;
