package org.peerplan.ui.editor.pages;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/** Where a section goes in a page's two-column grid. */
final class Layouts {

    private Layouts() {
    }

    /** Fills {@code columns} of the grid across, at the top of its row. */
    static <C extends Control> C place(C control, int columns) {
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.horizontalSpan = columns;
        control.setLayoutData(data);
        return control;
    }

    /**
     * Lets a grid fill its section's width at {@code pixels} high, whatever its number of rows and columns: a grid
     * wider than the page scrolls sideways within itself, so the page never does.
     */
    static GridData height(int pixels) {
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.heightHint = pixels;
        data.widthHint = 240;
        return data;
    }

    /**
     * The composite inside {@code section} that holds its widgets, laid out as a grid so that their layout data count:
     * a section sizes a client of its own by the client's preferred size, which for a diagram or a wide grid is wider
     * than the page.
     */
    static Composite client(FormToolkit toolkit, Section section) {
        Composite client = toolkit.createComposite(section);
        client.setLayout(new GridLayout(1, false));
        section.setClient(client);
        return client;
    }

    /** A push button that fills its cell of a row of buttons. */
    static Button button(FormToolkit toolkit, Composite parent, String text, Runnable action) {
        Button button = toolkit.createButton(parent, text, SWT.PUSH);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    /** A column of sections stacked top to bottom, for one side of a page. */
    static Composite column(Composite parent, FormToolkit toolkit) {
        Composite column = toolkit.createComposite(parent);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        column.setLayout(layout);
        column.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return column;
    }
}
