package org.peerplan.ui.editor.pages;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.peerplan.model.OutcomeMeasure;
import org.peerplan.model.PeerPlanPackage.Literals;
import org.peerplan.model.PolicyDecision;
import org.peerplan.model.Risk;
import org.peerplan.ui.editor.PlanEditor;

/** Risks and tensions with their mitigations, the decisions leadership took, and how outcomes will be measured. */
public final class RisksPage extends PlanPage {

    public static final String ID = "risks";

    private FeatureTable risks;

    private FeatureTable decisions;

    private FeatureTable outcomes;

    public RisksPage(PlanEditor editor) {
        super(editor, ID, "Risks");
    }

    @Override
    protected void build(Composite body, FormToolkit toolkit) {
        risks = new FeatureTable(this, body, toolkit, "Risks and tensions", null, this::plan,
                Literals.IMPLEMENTATION_PLAN__RISKS)
                .column(Literals.RISK__TITLE, 230).column(Literals.RISK__KIND, 80).column(Literals.RISK__LIKELIHOOD, 90)
                .column(Literals.RISK__IMPACT, 80).column(Literals.RISK__MITIGATION, 300)
                .column(Literals.RISK__OWNER, 140).column(Literals.RISK__ACTIONS, 200)
                .initializer(risk -> ((Risk) risk).setTitle("New risk"));
        Layouts.place(risks.section(), 2);
        decisions = new FeatureTable(this, body, toolkit, "Decisions", null, this::plan,
                Literals.IMPLEMENTATION_PLAN__DECISIONS)
                .column(Literals.POLICY_DECISION__TITLE, 220).column(Literals.POLICY_DECISION__TOPIC, 200)
                .column(Literals.POLICY_DECISION__POSITION, 260).column(Literals.POLICY_DECISION__DECIDED_ON, 100)
                .column(Literals.POLICY_DECISION__DECIDED_BY, 140)
                .initializer(decision -> ((PolicyDecision) decision).setTitle("New decision"));
        Layouts.place(decisions.section(), 2);
        outcomes = new FeatureTable(this, body, toolkit, "Outcome measures", null, this::plan,
                Literals.IMPLEMENTATION_PLAN__OUTCOMES)
                .column(Literals.OUTCOME_MEASURE__NAME, 240).column(Literals.OUTCOME_MEASURE__RECOVERY_BASED, 110)
                .column(Literals.OUTCOME_MEASURE__DEFINED_WITH_PEERS, 130)
                .column(Literals.OUTCOME_MEASURE__DATA_SOURCE, 220)
                .initializer(outcome -> ((OutcomeMeasure) outcome).setName("New outcome measure"));
        Layouts.place(outcomes.section(), 2);
    }

    @Override
    protected void refresh() {
        risks.refresh();
        decisions.refresh();
        outcomes.refresh();
    }

    @Override
    public boolean shows(EObject element) {
        return element instanceof Risk || element instanceof PolicyDecision || element instanceof OutcomeMeasure;
    }

    @Override
    public void reveal(Collection<?> elements) {
        if (!risks.reveal(elements) && !decisions.reveal(elements)) {
            outcomes.reveal(elements);
        }
    }
}
