package org.peerplan.ui.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.briefing.BoardBriefing;
import org.peerplan.core.briefing.BoardBriefingBuilder;
import org.peerplan.core.budget.BudgetCalculator;
import org.peerplan.core.budget.BudgetYear;
import org.peerplan.core.readiness.QuizResult;
import org.peerplan.core.readiness.ReadinessScorer;
import org.peerplan.core.schedule.DependencyCycleException;
import org.peerplan.core.schedule.Schedule;
import org.peerplan.core.schedule.Scheduler;
import org.peerplan.core.validation.PlanChecker;
import org.peerplan.core.validation.RuleRegistry;
import org.peerplan.core.validation.ValidationReport;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.diagram.plan.PlanDiagrams;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.LikertAgreement;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.ReadinessAssessment;
import org.peerplan.model.catalog.Catalog;
import org.peerplan.model.catalog.SurveyItemDef;

/**
 * What the engine says about the plan as it stands: its schedule, readiness, findings, budget and diagrams, each
 * computed by core or the diagram bundle when first asked for and kept until the plan changes. The pages of an editor
 * share one, so a change is scheduled and checked once however many pages show it.
 */
public final class PlanFacts {

    private final ImplementationPlan plan;

    private final LocalDate asOf;

    private Catalog catalog;

    private Schedule schedule;

    private String scheduleProblem;

    private QuizResult quiz;

    private ValidationReport report;

    private Map<SurveyItemDef, Map<LikertAgreement, Integer>> survey;

    private List<BudgetYear> budget;

    private BoardBriefing briefing;

    private final Map<DiagramKind, List<Diagram>> diagrams = new EnumMap<>(DiagramKind.class);

    public PlanFacts(ImplementationPlan plan, LocalDate asOf) {
        this.plan = plan;
        this.asOf = asOf;
    }

    public ImplementationPlan plan() {
        return plan;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Catalog catalog() {
        if (catalog == null) {
            try {
                catalog = ToolkitCatalog.in(plan.eResource().getResourceSet());
            } catch (IOException e) {
                throw new UncheckedIOException("the shipped toolkit catalog cannot be read", e);
            }
        }
        return catalog;
    }

    /** The schedule, or {@code null} when the tasks depend on each other in a circle ({@link #scheduleProblem()}). */
    public Schedule schedule() {
        if (schedule == null && scheduleProblem == null && plan.getTimeline() != null) {
            try {
                schedule = new Scheduler().schedule(plan.getTimeline());
            } catch (DependencyCycleException e) {
                scheduleProblem = "The timeline cannot be scheduled: " + e.getMessage() + ".";
            }
        }
        return schedule;
    }

    /** Why there is no schedule, or {@code null}. */
    public String scheduleProblem() {
        schedule();
        return scheduleProblem;
    }

    public QuizResult quiz() {
        if (quiz == null) {
            ReadinessAssessment readiness = plan.getReadiness() != null ? plan.getReadiness()
                    : PeerPlanFactory.eINSTANCE.createReadinessAssessment();
            quiz = new ReadinessScorer(catalog()).quiz(readiness);
        }
        return quiz;
    }

    /** How many respondents gave each answer to each statement of the recovery-orientation survey. */
    public Map<SurveyItemDef, Map<LikertAgreement, Integer>> survey() {
        if (survey == null) {
            survey = plan.getReadiness() == null ? Map.of()
                    : new ReadinessScorer(catalog()).survey(plan.getReadiness());
        }
        return survey;
    }

    public ValidationReport report() {
        if (report == null) {
            report = new PlanChecker(RuleRegistry.all(), asOf).check(plan);
        }
        return report;
    }

    public List<BudgetYear> budget() {
        if (budget == null) {
            budget = new BudgetCalculator().years(plan);
        }
        return budget;
    }

    /** The facts of the executive summary; {@code null} while the timeline cannot be scheduled. */
    public BoardBriefing briefing() {
        if (briefing == null && schedule() != null) {
            briefing = new BoardBriefingBuilder(catalog()).build(plan, schedule(), report(), asOf);
        }
        return briefing;
    }

    /** The diagrams of {@code kind}; none while the timeline cannot be scheduled. */
    public List<Diagram> diagrams(DiagramKind kind) {
        if (schedule() == null) {
            return List.of();
        }
        return diagrams.computeIfAbsent(kind, k -> PlanDiagrams.build(k,
                new DiagramInput(plan, catalog(), schedule(), report(), asOf)));
    }
}
