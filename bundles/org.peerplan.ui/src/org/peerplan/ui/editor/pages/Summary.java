package org.peerplan.ui.editor.pages;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/** A section of sentences about what the engine computed, rewritten at each refresh. */
public final class Summary {

    private final Section section;

    private final Composite client;

    private final FormToolkit toolkit;

    public Summary(Composite parent, FormToolkit toolkit, String title) {
        this.toolkit = toolkit;
        section = toolkit.createSection(parent, Section.TITLE_BAR);
        section.setText(title);
        client = toolkit.createComposite(section);
        client.setLayout(new GridLayout(1, false));
        section.setClient(client);
    }

    public Section section() {
        return section;
    }

    /** A labelled text field at the head of the summary, such as the day it is computed for. */
    public Text field(String label) {
        Composite row = toolkit.createComposite(client);
        row.setLayout(new GridLayout(2, false));
        toolkit.createLabel(row, label);
        Text text = toolkit.createText(row, "", SWT.SINGLE);
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = 140;
        text.setLayoutData(data);
        toolkit.paintBordersFor(row);
        return text;
    }

    /** A line of the summary, to be filled at each refresh. */
    public Label line() {
        Label label = toolkit.createLabel(client, "", SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 420;
        label.setLayoutData(data);
        return label;
    }

    /** Sets a line's text and lays the section out again when the text's length changed. */
    public void set(Label line, String text) {
        if (!text.equals(line.getText())) {
            line.setText(text);
            section.getParent().layout(true, true);
        }
    }
}
