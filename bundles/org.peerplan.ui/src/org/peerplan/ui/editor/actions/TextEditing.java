package org.peerplan.ui.editor.actions;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/** Cut, Copy, Paste and Delete on the text of a field or a cell, when the keyboard is there. */
final class TextEditing {

    private TextEditing() {
    }

    static void perform(Control control, EditingCommands command) {
        if (control instanceof Text text) {
            switch (command) {
                case CUT -> text.cut();
                case COPY -> text.copy();
                case PASTE -> text.paste();
                case DELETE -> deleteForward(text);
                default -> throw new IllegalArgumentException(command + " does not apply to text");
            }
        } else if (control instanceof Combo combo) {
            switch (command) {
                case CUT -> combo.cut();
                case COPY -> combo.copy();
                case PASTE -> combo.paste();
                case DELETE -> combo.cut();
                default -> throw new IllegalArgumentException(command + " does not apply to text");
            }
        }
    }

    /** The Delete key: the selected text, or the character after the caret. */
    private static void deleteForward(Text text) {
        Point selected = text.getSelection();
        if (selected.x == selected.y && selected.y < text.getCharCount()) {
            text.setSelection(selected.x, selected.x + 1);
        }
        text.insert("");
    }
}
