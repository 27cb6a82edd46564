package org.peerplan.ui.editor.pages;

import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.peerplan.core.budget.BudgetCalculator;
import org.peerplan.core.budget.BudgetYear;
import org.peerplan.model.BudgetLine;
import org.peerplan.model.FunderConstraint;
import org.peerplan.model.PeerPlanPackage.Literals;
import org.peerplan.model.TrainingSession;
import org.peerplan.model.provider.words.ValueWords;
import org.peerplan.ui.editor.PlanEditor;

/**
 * Training and budget: the sessions who attend and what they cost, the budget lines, the benefits and billing rates,
 * the funders, and the costs and funding per plan year.
 */
public final class TrainingBudgetPage extends PlanPage {

    public static final String ID = "trainingBudget";

    private FeatureTable sessions;

    private FeatureFields budget;

    private FeatureFields billing;

    private FeatureTable lines;

    private FeatureTable funders;

    private Summary totals;

    private Label perYear;

    public TrainingBudgetPage(PlanEditor editor) {
        super(editor, ID, "Training & budget");
    }

    @Override
    protected void build(Composite body, FormToolkit toolkit) {
        sessions = new FeatureTable(this, body, toolkit, "Training sessions", null, this::plan,
                Literals.IMPLEMENTATION_PLAN__TRAINING_PLAN, Literals.TRAINING_PLAN__SESSIONS)
                .column(Literals.TRAINING_SESSION__TITLE, 220).column(Literals.TRAINING_SESSION__COURSE, 240)
                .column(Literals.TRAINING_SESSION__DATE, 100).column(Literals.TRAINING_SESSION__ATTENDEES, 200)
                .column(Literals.TRAINING_SESSION__ADDITIONAL_ATTENDEES, 130).column(Literals.TRAINING_SESSION__COST, 90)
                .computed("Cost counted", 100, row -> ValueWords.money(BudgetCalculator.cost((TrainingSession) row)))
                .initializer(session -> ((TrainingSession) session).setTitle("New session"));
        Layouts.place(sessions.section(), 2);
        budget = new FeatureFields(this, body, toolkit, "Budget", this::plan, Literals.IMPLEMENTATION_PLAN__BUDGET)
                .field(Literals.BUDGET__FISCAL_YEAR_START_MONTH);
        Layouts.place(budget.section(), 1);
        billing = new FeatureFields(this, body, toolkit, "Benefits and billing", this::plan,
                Literals.IMPLEMENTATION_PLAN__AGENCY).field(Literals.AGENCY__FRINGE_BENEFIT_RATE)
                .field(Literals.AGENCY__BILLS_MEDICAID_FOR_PEER_SERVICES).field(Literals.AGENCY__MEDICAID_HOURLY_RATE)
                .field(Literals.AGENCY__BILLABLE_SHARE);
        Layouts.place(billing.section(), 1);
        totals = new Summary(body, toolkit, "Per plan year");
        Layouts.place(totals.section(), 1);
        perYear = totals.line();
        lines = new FeatureTable(this, body, toolkit, "Budget lines", null, this::plan,
                Literals.IMPLEMENTATION_PLAN__BUDGET, Literals.BUDGET__LINES)
                .column(Literals.BUDGET_LINE__CATEGORY, 140).column(Literals.BUDGET_LINE__DESCRIPTION, 320)
                .column(Literals.BUDGET_LINE__AMOUNT, 110).column(Literals.BUDGET_LINE__YEAR, 80)
                .initializer(line -> ((BudgetLine) line).setYear(1));
        Layouts.place(lines.section(), 2);
        funders = new FeatureTable(this, body, toolkit, "Funders",
                "What each funder pays toward the plan a year, and the date it requires the first peer by.", this::plan,
                Literals.IMPLEMENTATION_PLAN__AGENCY, Literals.AGENCY__FUNDER_CONSTRAINTS)
                .column(Literals.FUNDER_CONSTRAINT__FUNDER, 280).column(Literals.FUNDER_CONSTRAINT__ANNUAL_AMOUNT, 140)
                .column(Literals.FUNDER_CONSTRAINT__FIRST_PEER_START_BY, 150)
                .column(Literals.FUNDER_CONSTRAINT__DESCRIPTION, 320)
                .initializer(funder -> ((FunderConstraint) funder).setFunder("New funder"));
        Layouts.place(funders.section(), 2);
    }

    @Override
    protected void refresh() {
        sessions.refresh();
        budget.refresh();
        billing.refresh();
        lines.refresh();
        funders.refresh();
        String years = facts().budget().stream()
                .map(year -> "Year " + year.year() + " (" + ValueWords.of(year.start()) + " to "
                        + ValueWords.of(year.end().minusDays(1)) + "): costs " + ValueWords.money(year.total())
                        + (year.funding().isEmpty() ? "" : ", funding " + ValueWords.money(year.totalFunding())
                                + ", " + balance(year)))
                .collect(Collectors.joining("\n"));
        totals.set(perYear, years.isEmpty() ? "No budget lines or costed sessions yet." : years);
    }

    private static String balance(BudgetYear year) {
        return year.gap().signum() > 0 ? ValueWords.money(year.gap()) + " not covered"
                : ValueWords.money(year.gap().negate()) + " to spare";
    }

    /** The benefits and billing fields, for tests. */
    public FeatureFields billing() {
        return billing;
    }

    /** The totals as shown, for tests. */
    public String totals() {
        return perYear.getText();
    }

    @Override
    public boolean shows(EObject element) {
        return element instanceof TrainingSession || element instanceof BudgetLine
                || element instanceof FunderConstraint;
    }

    @Override
    public void reveal(Collection<?> elements) {
        if (!sessions.reveal(elements) && !lines.reveal(elements)) {
            funders.reveal(elements);
        }
    }
}
