package org.peerplan.ui.editor.pages;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.peerplan.model.Action;
import org.peerplan.model.ActionStatus;
import org.peerplan.model.PeerPlanPackage.Literals;
import org.peerplan.ui.editor.PlanEditor;

/** The action plan: who does what by when, what it costs, how success is measured, and what it answers. */
public final class ActionsPage extends PlanPage {

    public static final String ID = "actions";

    private FeatureTable actions;

    public ActionsPage(PlanEditor editor) {
        super(editor, ID, "Actions");
    }

    @Override
    protected void build(Composite body, FormToolkit toolkit) {
        actions = new FeatureTable(this, body, toolkit, "Action plan",
                "Link each action to the causes it addresses, the policy findings it answers and the tasks that carry "
                        + "it out (double-click the cell to choose).",
                this::plan, Literals.IMPLEMENTATION_PLAN__ACTIONS)
                .column(Literals.ACTION__TITLE, 240).column(Literals.ACTION__OWNER, 140)
                .column(Literals.ACTION__DUE, 100).column(Literals.ACTION__STATUS, 100)
                .column(Literals.ACTION__COST, 90).column(Literals.ACTION__SUCCESS_MEASURE, 220)
                .column(Literals.ACTION__ADDRESSES, 200).column(Literals.ACTION__FINDINGS, 200)
                .column(Literals.ACTION__TASKS, 200)
                .initializer(action -> {
                    ((Action) action).setTitle("New action");
                    ((Action) action).setStatus(ActionStatus.PLANNED);
                });
        Layouts.place(actions.section(), 2);
        actions.viewer().getTable().setLayoutData(Layouts.height(420));
    }

    @Override
    protected void refresh() {
        actions.refresh();
    }

    @Override
    public boolean shows(EObject element) {
        return element instanceof Action;
    }

    @Override
    public void reveal(Collection<?> elements) {
        actions.reveal(elements);
    }
}
