package org.peerplan.docgen.views;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.briefing.BoardBriefingBuilder;
import org.peerplan.core.compare.Baselines;
import org.peerplan.core.compare.PlanComparison;
import org.peerplan.core.compare.StatusAtAGlance;
import org.peerplan.core.privacy.Audience;
import org.peerplan.core.privacy.Redaction;
import org.peerplan.core.schedule.Schedule;
import org.peerplan.core.schedule.Scheduler;
import org.peerplan.core.validation.PlanChecker;
import org.peerplan.core.validation.RuleRegistry;
import org.peerplan.core.validation.ValidationReport;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.model.Baseline;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.catalog.Catalog;

/** Everything the documents show about one plan, computed once: each document's section reads its own part. */
public final class PlanViews {

    private static final String FIGURES = "figures";

    /** What every page says about the document's handling, such as "Confidential — personnel record"; or nothing. */
    private static final String MARKING = "marking";

    private static final String AUDIENCE = "audience";

    private static final String SINCE = "since";

    private PlanViews() {
    }

    /** Who the views were made for; none for views of a plan as given, which may hold anything. */
    public static Optional<Audience> audience(Map<String, Object> views) {
        return views.get(AUDIENCE) instanceof Audience audience ? Optional.of(audience) : Optional.empty();
    }

    /** The figures among {@code views}, for the PDF and the DOCX; none in views made without diagrams. */
    public static Figures figures(Map<String, Object> views) {
        return views.get(FIGURES) instanceof Figures figures ? figures : new Figures();
    }

    /**
     * The views of the plan as {@code audience} may see it (see {@link Redaction}), checked against every rule on
     * {@code asOf}, as the documents are generated; every page of them carries the audience's marking.
     */
    public static Map<String, Object> checked(ImplementationPlan plan, Catalog catalog, LocalDate asOf,
            Audience audience) throws IOException {
        return checked(plan, catalog, asOf, audience, null);
    }

    /**
     * The same views, opening with what moved since {@code earlier}, the version the board saw last (see
     * {@link PlanComparison}), or, when that is null, since the plan's current baseline if it has one; both versions
     * as the audience may see them, so the changes name nobody they hide.
     */
    public static Map<String, Object> checked(ImplementationPlan plan, Catalog catalog, LocalDate asOf,
            Audience audience, ImplementationPlan earlier) throws IOException {
        ImplementationPlan shown = Redaction.of(plan, audience);
        // The copy refers to the catalog of its own resource set, and the views compare catalog items by identity.
        Catalog itsCatalog = shown == plan ? catalog : ToolkitCatalog.in(shown.eResource().getResourceSet());
        Map<String, Object> views = of(shown, itsCatalog, new PlanChecker(RuleRegistry.all(), asOf).check(shown),
                asOf);
        views.put(MARKING, Formats.text(audience.marking().orElse(null)));
        views.put(AUDIENCE, audience);
        Baseline baseline = earlier == null ? Baselines.current(shown).orElse(null) : null;
        if (earlier != null) {
            views.put(SINCE, SinceView.of(PlanComparison.between(Redaction.of(earlier, audience), shown, asOf), null,
                    earlier.getPreparedOn(), StatusAtAGlance.of(shown, Baselines.current(shown).orElse(null), asOf)));
        } else if (baseline != null) {
            views.put(SINCE, SinceView.of(PlanComparison.against(baseline, shown, asOf, audience), baseline.getName(),
                    baseline.getSetOn(), StatusAtAGlance.of(shown, baseline, asOf)));
        }
        return views;
    }

    /** The views of the plan as given, unredacted and unmarked; {@link #checked} makes the documents' views. */
    public static Map<String, Object> of(ImplementationPlan plan, Catalog catalog, ValidationReport report,
            LocalDate asOf) {
        // Every view that shows dates reads the same computed schedule.
        Schedule schedule = new Scheduler().schedule(plan.getTimeline());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("agency", Formats.text(plan.getAgency().getName()));
        model.put("state", Formats.text(plan.getAgency().getState()));
        model.put("planName", Formats.text(plan.getName()));
        model.put("consultant", Formats.text(plan.getConsultant()));
        model.put("asOf", Formats.date(asOf));
        model.put(MARKING, "");
        model.put(SINCE, SinceView.none());
        model.put("completeness", CompletenessView.of(plan));
        model.put("briefing", BriefingView.of(new BoardBriefingBuilder(catalog).build(plan, schedule, report, asOf)));
        model.put("readiness", ReadinessView.of(plan, catalog));
        model.put("policyReview", PolicyReviewView.of(plan, catalog));
        model.put("rootCauses", RootCauseView.of(plan, asOf));
        model.put("roles", RoleCharterView.of(plan, catalog, report));
        model.put("jobDescriptions", JobDescriptionView.of(plan, catalog));
        model.put("timeline", TimelineView.of(plan, catalog, schedule, asOf));
        model.put("training", TrainingView.of(plan, catalog, schedule));
        model.put("decisionMemo", DecisionMemoView.of(plan, catalog));
        model.put("validation", ValidationReportView.of(plan, report, asOf));
        Figures figures = new Figures();
        model.put("diagrams", DiagramsView.of(new DiagramInput(plan, catalog, schedule, report, asOf), figures));
        model.put(FIGURES, figures);
        return model;
    }
}
