package org.peerplan.cli.internal;

import java.nio.file.Path;

import org.peerplan.core.persistence.PlanLoadException;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.schedule.DependencyCycleException;
import org.peerplan.core.schedule.Scheduler;
import org.peerplan.model.ImplementationPlan;

/**
 * Reads a plan the commands can work on: besides being readable, its timeline must be schedulable, since a
 * dependency cycle leaves tasks that can never start and every report would be wrong.
 */
final class PlanInput {

    private PlanInput() {
    }

    static ImplementationPlan load(Path file) throws PlanLoadException {
        ImplementationPlan plan = new PlanStore().load(file);
        try {
            new Scheduler().schedule(plan.getTimeline());
        } catch (DependencyCycleException e) {
            throw new PlanLoadException(file + ": " + e.getMessage() + ".", e);
        }
        return plan;
    }
}
