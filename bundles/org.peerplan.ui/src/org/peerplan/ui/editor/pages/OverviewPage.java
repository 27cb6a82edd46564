package org.peerplan.ui.editor.pages;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.peerplan.core.briefing.BoardBriefing;
import org.peerplan.core.compare.Baselines;
import org.peerplan.core.compare.PlanStatus;
import org.peerplan.core.compare.StatusAtAGlance;
import org.peerplan.core.completeness.Need;
import org.peerplan.core.completeness.PlanCompleteness;
import org.peerplan.core.readiness.QuizResult;
import org.peerplan.core.schedule.ScheduledTask;
import org.peerplan.core.validation.Severity;
import org.peerplan.core.validation.ValidationReport;
import org.peerplan.model.Agency;
import org.peerplan.model.PeerPlanPackage.Literals;
import org.peerplan.model.Person;
import org.peerplan.model.provider.words.ValueParser;
import org.peerplan.model.provider.words.ValueWords;
import org.peerplan.ui.editor.PlanEditor;

/**
 * The plan at a glance: the agency and its people, the plan's dates, and what the engine says of them — the readiness
 * band and the minimum horizon it calls for against the one planned, the findings by severity, the next milestones and
 * what the plan still lacks.
 */
public final class OverviewPage extends PlanPage {

    public static final String ID = "overview";

    /** Up to this many missing facts fit the Overview's line by name. */
    private static final int FACTS_BY_NAME = 2;

    private FeatureFields agency;

    private FeatureFields dates;

    private FeatureTable people;

    private Summary summary;

    private Label readiness;

    private Label horizon;

    private Label findings;

    private Label milestones;

    private Label needs;

    private Label progress;

    private Text asOf;

    public OverviewPage(PlanEditor editor) {
        super(editor, ID, "Overview");
    }

    @Override
    protected void build(Composite body, FormToolkit toolkit) {
        Composite left = Layouts.column(body, toolkit);
        agency = new FeatureFields(this, left, toolkit, "Agency", this::plan, Literals.IMPLEMENTATION_PLAN__AGENCY)
                .field(Literals.AGENCY__NAME).field(Literals.AGENCY__STATE).field(Literals.AGENCY__REGION)
                .field(Literals.AGENCY__BILLS_MEDICAID_FOR_PEER_SERVICES).field(Literals.AGENCY__LIVING_WAGE_HOURLY)
                .field(Literals.AGENCY__HOURS_PER_FTE);
        Layouts.place(agency.section(), 1);
        dates = new FeatureFields(this, left, toolkit, "Plan and dates", this::plan,
                Literals.IMPLEMENTATION_PLAN__TIMELINE).field(Literals.TIMELINE__PLAN_START)
                .field(Literals.TIMELINE__FIRST_PEER_START);
        Layouts.place(dates.section(), 1);
        Composite right = Layouts.column(body, toolkit);
        summary = new Summary(right, toolkit, "Where the plan stands");
        Layouts.place(summary.section(), 1);
        asOf = summary.field("As of:");
        asOf.setToolTipText("The day the plan is looked at: overdue tasks, the timeline's today and the rules that "
                + "depend on dates are measured against it. The Diagrams view shares it.");
        asOf.addListener(SWT.DefaultSelection, event -> lookAt(asOf.getText()));
        asOf.addListener(SWT.FocusOut, event -> lookAt(asOf.getText()));
        readiness = summary.line();
        horizon = summary.line();
        findings = summary.line();
        milestones = summary.line();
        progress = summary.line();
        needs = summary.line();
        people = new FeatureTable(this, body, toolkit, "People",
                "Everyone the plan names: owners, supervisors, respondents, board members.", this::plan,
                Literals.IMPLEMENTATION_PLAN__AGENCY, Literals.AGENCY__PEOPLE)
                .column(Literals.PERSON__NAME, 170).column(Literals.PERSON__TITLE, 200)
                .column(Literals.PERSON__LEVEL, 100).column(Literals.PERSON__PEER, 90)
                .column(Literals.PERSON__CHAMPION, 90).column(Literals.PERSON__HIGH_LEVEL_ADMINISTRATOR, 110)
                .initializer(person -> ((Person) person).setName("New person"));
        Layouts.place(people.section(), 2);
    }

    /** Looks at the plan as of the day typed, or says why it is not a day. */
    private void lookAt(String typed) {
        ValueParser.Parsed day = ValueParser.parse(Literals.IMPLEMENTATION_PLAN__PREPARED_ON, typed);
        if (!day.ok() || day.value() == null) {
            refuse(day.ok() ? "Type the day to look at the plan as of." : day.error());
            return;
        }
        refuse(null);
        planEditor().setAsOf((LocalDate) day.value());
    }

    @Override
    protected void refresh() {
        if (!asOf.isFocusControl()) {
            asOf.setText(ValueWords.of(facts().asOf()));
        }
        agency.refresh();
        dates.refresh();
        people.refresh();
        summary.set(readiness, readiness(facts().quiz()));
        BoardBriefing briefing = facts().briefing();
        summary.set(horizon, briefing == null ? facts().scheduleProblem() : horizon(briefing));
        summary.set(findings, findings(facts().report()));
        summary.set(milestones, briefing == null ? "" : milestones(briefing));
        PlanStatus status = facts().scheduleProblem() == null ? StatusAtAGlance.of(plan(),
                Baselines.current(plan()).orElse(null), facts().asOf()) : null;
        summary.set(progress, status == null ? "" : progress(status));
        progress.setToolTipText(status == null ? null : status.byStage());
        PlanCompleteness completeness = PlanCompleteness.of(plan());
        summary.set(needs, needs(completeness));
        needs.setToolTipText(needsInDetail(completeness));
    }

    /** The status at a glance in a line; the Compare view lists what changed, the tooltip each stage. */
    static String progress(PlanStatus status) {
        return "Progress: " + status.overall().shape() + " " + status.overall().word() + ". " + status.counts()
                + (status.baseline() == null ? "; File › Set Baseline keeps the plan as approved." : ".");
    }

    /**
     * What the plan still lacks: a few facts by name and who supplies each, more by area, since the line must stay a
     * line; the tooltip and the board pack's first section list them all.
     */
    static String needs(PlanCompleteness completeness) {
        List<Need> missing = completeness.needs();
        if (missing.isEmpty()) {
            return "Nothing missing: every area the documents draw on is filled in.";
        }
        if (missing.size() <= FACTS_BY_NAME) {
            return "Still needed: " + missing.stream().map(n -> n.what() + " (from " + n.who() + ")")
                    .collect(Collectors.joining("; ")) + ". The board pack opens with " + (missing.size() == 1 ? "it"
                            : "them") + ".";
        }
        return "Still needed: " + ValueWords.count(missing.size(), "fact", "facts") + " — "
                + completeness.incomplete().stream().map(a -> a.area().title() + " (" + a.needs().size() + ")")
                        .collect(Collectors.joining(", "))
                + ". Point here for each and who supplies it; the board pack opens with them.";
    }

    /** Every missing fact on a line of its own, with who supplies it; none when the plan lacks nothing. */
    static String needsInDetail(PlanCompleteness completeness) {
        return completeness.complete() ? null : completeness.needs().stream()
                .map(n -> n.area().title() + ": " + n.what() + " (from " + n.who() + ")")
                .collect(Collectors.joining("\n"));
    }

    static String readiness(QuizResult quiz) {
        if (quiz.band() == null) {
            return "Readiness: nobody has answered the readiness quiz yet.";
        }
        return "Readiness: " + quiz.organizationTrueCount() + " of " + quiz.items().size()
                + " statements are True for the organization (" + quiz.band().getName() + "), which calls for at least "
                + quiz.minimumMonths() + " months of preparation" + (quiz.minimumInferred() ? " (inferred)" : "")
                + "." + (quiz.disputedItems().isEmpty() ? ""
                        : " Respondents disagree on " + ValueWords.count(quiz.disputedItems().size(), "statement",
                                "statements") + ".");
    }

    private static String horizon(BoardBriefing briefing) {
        if (briefing.firstPeerStart() == null || briefing.planStart() == null) {
            String missing = briefing.planStart() != null ? "the first peer's start"
                    : briefing.firstPeerStart() != null ? "the plan's start"
                            : "the plan's start and the first peer's start";
            return "Horizon: set " + missing + " to compare the planned months with the minimum.";
        }
        String planned = "Horizon: " + briefing.plannedMonths() + " months planned, from "
                + ValueWords.of(briefing.planStart()) + " to the first peer's start on "
                + ValueWords.of(briefing.firstPeerStart()) + ".";
        if (briefing.quiz().band() == null) {
            return planned + " No readiness band yet to measure it by.";
        }
        if (briefing.horizonMeetsMinimum()) {
            return planned + " That meets the minimum.";
        }
        return planned + " Too short: the first peer should start on " + ValueWords.of(briefing.earliestFirstPeerStart())
                + " or later.";
    }

    private static String findings(ValidationReport report) {
        return "Findings: " + ValueWords.count(report.count(Severity.ERROR), "error", "errors") + ", "
                + ValueWords.count(report.count(Severity.WARNING), "warning", "warnings") + ", "
                + ValueWords.count(report.count(Severity.INFO), "note", "notes") + " from " + report.rulesChecked()
                + " rules (the Problems view lists them).";
    }

    /** The briefing's coming milestones, on their dates as every document gives them: their last day. */
    private String milestones(BoardBriefing briefing) {
        List<ScheduledTask> next = briefing.nextSteps().stream().filter(t -> t.task().isMilestone()).toList();
        if (next.isEmpty()) {
            return "Next milestones: none after " + ValueWords.of(facts().asOf()) + ".";
        }
        return "Next milestones: " + next.stream()
                .map(t -> ValueWords.of(BoardBriefing.when(t)) + " " + ValueWords.of(t.task()))
                .collect(Collectors.joining("; ")) + ".";
    }

    /** The field of the agency's name, for tests. */
    public Text agencyName() {
        return agency.text(Literals.AGENCY__NAME);
    }

    /** The field of the first peer's start, for tests. */
    public Text firstPeerStart() {
        return dates.text(Literals.TIMELINE__FIRST_PEER_START);
    }

    /** The progress line as shown, for tests. */
    public String progressLine() {
        return progress.getText();
    }

    /** Each missing fact and who supplies it, as the "Still needed" line's tooltip gives them. */
    public String needsInDetail() {
        return needs.getToolTipText();
    }

    /** The summary's lines as shown, for tests. */
    public List<String> summary() {
        return List.of(readiness.getText(), horizon.getText(), findings.getText(), milestones.getText(),
                needs.getText());
    }

    @Override
    public boolean shows(EObject element) {
        return element instanceof Agency || element instanceof Person;
    }

    @Override
    public void reveal(Collection<?> elements) {
        people.reveal(elements);
    }
}
