package org.peerplan.ui.editor.pages;

import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.jface.viewers.TreeViewerFocusCellManager;
import org.eclipse.swt.SWT;

/**
 * How the grids of the pages open a cell for editing, as spreadsheets do: F2 or Enter, a double click, Tab from the
 * cell before; the arrows move between cells. Grids of answers open with one click (or Space), since answering is
 * all one does there.
 */
final class GridEditing {

    private GridEditing() {
    }

    static void install(TableViewer grid, boolean oneClick) {
        TableViewerEditor.create(grid, new TableViewerFocusCellManager(grid, new FocusCellOwnerDrawHighlighter(grid)),
                activation(grid, oneClick), ColumnViewerEditor.TABBING_HORIZONTAL
                        | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
    }

    static void install(TreeViewer tree) {
        TreeViewerEditor.create(tree, new TreeViewerFocusCellManager(tree, new FocusCellOwnerDrawHighlighter(tree)),
                activation(tree, false), ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
    }

    private static ColumnViewerEditorActivationStrategy activation(ColumnViewer grid, boolean oneClick) {
        return new ColumnViewerEditorActivationStrategy(grid) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return switch (event.eventType) {
                    case ColumnViewerEditorActivationEvent.TRAVERSAL, ColumnViewerEditorActivationEvent.PROGRAMMATIC,
                            ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION -> true;
                    case ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION -> oneClick;
                    case ColumnViewerEditorActivationEvent.KEY_PRESSED -> event.keyCode == SWT.F2
                            || event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR
                            || oneClick && event.character == ' ';
                    default -> false;
                };
            }
        };
    }
}
