package org.peerplan.diagram.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.peerplan.core.persistence.PlanStore;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.model.ImplementationPlan;

/** The shipped example plan, as the diagrams see it on the day its board pack is prepared. */
final class Example {

    static final LocalDate AS_OF = LocalDate.of(2027, 4, 30);

    private Example() {
    }

    static ImplementationPlan plan() {
        try {
            return new PlanStore().load(repository().resolve("examples/riverbend.peerplan"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DiagramInput input() {
        return input(plan());
    }

    static DiagramInput input(ImplementationPlan plan) {
        try {
            return DiagramInput.of(plan, AS_OF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path repository() {
        return Path.of(System.getProperty("peerplan.home"));
    }

    /** Where tests leave the diagrams they draw, for a person to look at. */
    static Path output() {
        return repository().resolve("bundles/org.peerplan.diagram.tests/target/diagrams");
    }
}
