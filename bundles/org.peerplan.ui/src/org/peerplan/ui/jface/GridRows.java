package org.peerplan.ui.jface;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * Scrolls a grid to a row. On GTK 3 a table inside an editor page often ignores {@code showItem} and
 * {@code setTopIndex} (it reports the new top row but draws the old one); moving its scroll bar always works.
 */
public final class GridRows {

    private GridRows() {
    }

    /** Brings {@code item} into the visible rows of {@code table}, about a third of the way down. */
    public static void show(Table table, TableItem item) {
        table.showItem(item);
        Rectangle row = item.getBounds();
        Rectangle visible = table.getClientArea();
        ScrollBar bar = table.getVerticalBar();
        if (bar == null || row.y >= 0 && row.y + row.height <= visible.height) {
            return;
        }
        bar.setSelection(Math.max(0, bar.getSelection() + row.y - visible.height / 3));
        bar.notifyListeners(SWT.Selection, new Event());
    }
}
