package org.peerplan.docgen.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.validation.PlanChecker;
import org.peerplan.core.validation.RuleRegistry;
import org.peerplan.docgen.views.PlanViews;
import org.peerplan.model.ImplementationPlan;

/** The shipped example's views, as the generator would compute them on the day the plan was prepared. */
final class ExampleViews {

    static final LocalDate AS_OF = LocalDate.of(2027, 4, 30);

    private ExampleViews() {
    }

    static ImplementationPlan plan() {
        try {
            return new PlanStore().load(Path.of(System.getProperty("peerplan.home"))
                    .resolve("examples/riverbend.peerplan"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> of(ImplementationPlan plan) {
        try {
            return PlanViews.of(plan, ToolkitCatalog.in(plan.eResource().getResourceSet()),
                    new PlanChecker(RuleRegistry.all(), AS_OF).check(plan), AS_OF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> example() {
        return of(plan());
    }
}
