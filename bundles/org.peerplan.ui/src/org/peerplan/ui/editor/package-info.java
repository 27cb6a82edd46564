/**
 * The plan editor: one plan file, one editing domain and command stack, the pages that show the plan's parts, the
 * facts the engine computes about it, and the journal that keeps unsaved work through a crash.
 */
package org.peerplan.ui.editor;
