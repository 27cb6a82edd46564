package org.peerplan.ui.editor.pages;

import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.peerplan.model.Policy;
import org.peerplan.model.PolicyFinding;
import org.peerplan.model.PolicyReview;
import org.peerplan.model.PeerPlanPackage.Literals;
import org.peerplan.model.PlanningItemStatus;
import org.peerplan.model.RiskFactorMapping;
import org.peerplan.model.provider.words.PlanWords;
import org.peerplan.ui.editor.PlanEditor;

/**
 * The policy review: each checklist question with its finding and evidence and the actions that answer it, the
 * agency's policies, the planning lists and how the psychosocial risk factors map onto current practice.
 */
public final class PolicyReviewPage extends PlanPage {

    public static final String ID = "policyReview";

    private FeatureFields review;

    private FeatureTable findings;

    private FeatureTable policies;

    private FeatureTable planning;

    private FeatureTable riskFactors;

    public PolicyReviewPage(PlanEditor editor) {
        super(editor, ID, "Policy review");
    }

    @Override
    protected void build(Composite body, FormToolkit toolkit) {
        review = new FeatureFields(this, body, toolkit, "The review", this::plan,
                Literals.IMPLEMENTATION_PLAN__POLICY_REVIEW).field(Literals.POLICY_REVIEW__REVIEWED_ON)
                .field(Literals.POLICY_REVIEW__REVIEWER);
        Layouts.place(review.section(), 1);
        policies = new FeatureTable(this, body, toolkit, "Policies", null, this::plan,
                Literals.IMPLEMENTATION_PLAN__POLICY_REVIEW, Literals.POLICY_REVIEW__POLICIES)
                .column(Literals.POLICY__NAME, 200).column(Literals.POLICY__PEER_ROLES_ONLY, 150)
                .column(Literals.POLICY__FLEXIBLE, 80).initializer(policy -> ((Policy) policy).setName("New policy"));
        Layouts.place(policies.section(), 1);
        findings = new FeatureTable(this, body, toolkit, "Checklist findings",
                "Actions that answer a finding are linked on the Actions page.", this::plan,
                Literals.IMPLEMENTATION_PLAN__POLICY_REVIEW, Literals.POLICY_REVIEW__FINDINGS)
                .column(Literals.POLICY_FINDING__ITEM, 330).column(Literals.POLICY_FINDING__STATUS, 130)
                .column(Literals.POLICY_FINDING__EVIDENCE, 330)
                .computed("Actions", 260, row -> actionsFor((PolicyFinding) row));
        Layouts.place(findings.section(), 2);
        planning = new FeatureTable(this, body, toolkit, "Planning items", null, this::plan,
                Literals.IMPLEMENTATION_PLAN__POLICY_REVIEW, Literals.POLICY_REVIEW__PLANNING_ITEMS)
                .column(Literals.PLANNING_ITEM_STATUS__ITEM, 330).column(Literals.PLANNING_ITEM_STATUS__STATUS, 120)
                .column(Literals.PLANNING_ITEM_STATUS__OWNER, 140).column(Literals.PLANNING_ITEM_STATUS__NOTES, 260)
                .column(Literals.PLANNING_ITEM_STATUS__ACTIONS, 200);
        Layouts.place(planning.section(), 2);
        riskFactors = new FeatureTable(this, body, toolkit, "Psychosocial risk factors", null, this::plan,
                Literals.IMPLEMENTATION_PLAN__POLICY_REVIEW, Literals.POLICY_REVIEW__RISK_FACTORS)
                .column(Literals.RISK_FACTOR_MAPPING__FACTOR, 260)
                .column(Literals.RISK_FACTOR_MAPPING__CURRENT_PRACTICE, 240)
                .column(Literals.RISK_FACTOR_MAPPING__GAP, 220).column(Literals.RISK_FACTOR_MAPPING__POLICIES, 160)
                .column(Literals.RISK_FACTOR_MAPPING__ACTIONS, 160);
        Layouts.place(riskFactors.section(), 2);
    }

    private String actionsFor(PolicyFinding finding) {
        return plan().getActions().stream().filter(action -> action.getFindings().contains(finding))
                .map(PlanWords::text).collect(Collectors.joining("; "));
    }

    @Override
    protected void refresh() {
        review.refresh();
        policies.refresh();
        findings.refresh();
        planning.refresh();
        riskFactors.refresh();
    }

    @Override
    public boolean shows(EObject element) {
        return element instanceof PolicyReview || element instanceof PolicyFinding || element instanceof Policy
                || element instanceof PlanningItemStatus || element instanceof RiskFactorMapping;
    }

    @Override
    public void reveal(Collection<?> elements) {
        if (!findings.reveal(elements) && !policies.reveal(elements) && !planning.reveal(elements)) {
            riskFactors.reveal(elements);
        }
    }
}
