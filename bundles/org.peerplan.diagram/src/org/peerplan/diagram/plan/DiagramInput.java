package org.peerplan.diagram.plan;

import java.io.IOException;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.schedule.Schedule;
import org.peerplan.core.schedule.Scheduler;
import org.peerplan.core.validation.PlanChecker;
import org.peerplan.core.validation.RuleRegistry;
import org.peerplan.core.validation.ValidationReport;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.catalog.Catalog;
import org.peerplan.diagram.text.Dates;

/**
 * What a diagram is drawn from: the plan and what the engine computed about it on {@code asOf}, computed once by the
 * caller and shared by every diagram of the plan.
 */
public record DiagramInput(ImplementationPlan plan, Catalog catalog, Schedule schedule, ValidationReport report,
        LocalDate asOf) {

    /**
     * Computes the schedule and checks the plan against every rule as of {@code asOf}.
     *
     * @throws IOException                                        when the toolkit catalog cannot be read
     * @throws org.peerplan.core.schedule.DependencyCycleException when the tasks depend on each other in a circle
     */
    public static DiagramInput of(ImplementationPlan plan, LocalDate asOf) throws IOException {
        Catalog catalog = ToolkitCatalog.in(plan.eResource().getResourceSet());
        return new DiagramInput(plan, catalog, new Scheduler().schedule(plan.getTimeline()),
                new PlanChecker(RuleRegistry.all(), asOf).check(plan), asOf);
    }

    /** The reference a diagram element keeps to the plan element it shows: its fragment in the plan's resource. */
    public static String ref(EObject element) {
        return EcoreUtil.getURI(element).fragment();
    }

    /** The line under every diagram's title: whose plan, and as of when. */
    public String subtitle() {
        String agency = plan.getAgency() == null || plan.getAgency().getName() == null ? "Implementation plan"
                : plan.getAgency().getName();
        return agency + " · as of " + Dates.day(asOf);
    }
}
