package org.peerplan.ui.editor.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.editor.PlanFacts;
import org.peerplan.ui.jface.EditContext;

/**
 * A page of the plan editor: a form that shows one part of the plan, editable, beside what the engine computes about
 * it. A page builds its widgets once and refreshes them from the plan and the editor's {@link PlanFacts} after every
 * change; a page that is not shown refreshes when it is shown next. Refusals of typed values appear in the page's
 * header.
 */
public abstract class PlanPage extends FormPage {

    private final PlanEditor editor;

    private final List<ColumnViewer> grids = new ArrayList<>();

    private final List<FeatureFields> fields = new ArrayList<>();

    private boolean stale;

    protected PlanPage(PlanEditor editor, String id, String title) {
        super(editor, id, title);
        this.editor = editor;
    }

    protected PlanEditor planEditor() {
        return editor;
    }

    protected ImplementationPlan plan() {
        return editor.plan();
    }

    protected PlanFacts facts() {
        return editor.facts();
    }

    /** The editing domain and this page's header, for widgets that change the plan. */
    protected EditContext context() {
        return new EditContext(editor.domain(), this::refuse);
    }

    @Override
    protected final void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        form.setText(getTitle().replace("&", "&&"));
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(2, false));
        build(body, toolkit);
        refresh();
    }

    /** Makes the page's widgets in {@code body}, a two-column grid. */
    protected abstract void build(Composite body, FormToolkit toolkit);

    /** Shows the plan as it stands now; called after every change while the page is shown. */
    protected abstract void refresh();

    /** Keeps a grid in line with the editor: its pending edits are committed or dropped with the page's. */
    protected <V extends ColumnViewer> V track(V grid) {
        grids.add(grid);
        return grid;
    }

    /** Keeps a group of fields in line with the editor, as {@link #track(ColumnViewer)} does for grids. */
    protected FeatureFields track(FeatureFields group) {
        fields.add(group);
        return group;
    }

    /** The editor tells the page the plan changed; it refreshes now when shown, else when it is shown next. */
    public void planChanged(boolean shown) {
        if (shown && getManagedForm() != null) {
            stale = false;
            refresh();
        } else {
            stale = true;
        }
    }

    @Override
    public void setActive(boolean active) {
        super.setActive(active);
        if (active && stale && getManagedForm() != null) {
            stale = false;
            refresh();
        }
    }

    /** Whether this page is the place to show {@code element}. */
    public boolean shows(EObject element) {
        return false;
    }

    /** Selects the first of {@code elements} this page shows, if any. */
    public void reveal(Collection<?> elements) {
        // Pages that show elements in grids select them there.
    }

    /** Shows why a value was refused in the page's header; {@code null} clears it. */
    public void refuse(String message) {
        if (getManagedForm() == null) {
            return;
        }
        getManagedForm().getForm().setMessage(message, message == null ? IMessageProvider.NONE
                : IMessageProvider.ERROR);
        editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
    }

    /** The message the header shows, or {@code null}. */
    public String refusal() {
        String message = getManagedForm() == null ? null : getManagedForm().getForm().getMessage();
        return message == null || message.isEmpty() ? null : message;
    }

    /** Ends what is being typed: kept when it is a valid value. */
    public void commitEdits() {
        grids.stream().filter(ColumnViewer::isCellEditorActive).forEach(ColumnViewer::applyEditorValue);
        fields.forEach(FeatureFields::commit);
    }

    /** Drops what is being typed in a cell. */
    public void cancelEdits() {
        grids.stream().filter(ColumnViewer::isCellEditorActive).forEach(ColumnViewer::cancelEditing);
    }
}
