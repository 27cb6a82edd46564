package org.peerplan.core.internal.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.peerplan.model.Action;
import org.peerplan.model.Cause;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Stage;
import org.peerplan.model.Task;
import org.peerplan.model.catalog.ConflictingDutyDef;
import org.peerplan.model.catalog.ImplementationStage;

/** Lookups several rules share. */
final class PlanQueries {

    private PlanQueries() {
    }

    static Stream<Task> tasks(ImplementationPlan plan) {
        return plan.getTimeline().getStages().stream().map(Stage::getTasks).flatMap(List::stream);
    }

    /** The plan's task made from the catalog's task template {@code code}, if the plan has one. */
    static Optional<Task> taskFor(ImplementationPlan plan, String code) {
        return tasks(plan).filter(t -> t.getTemplate() != null && code.equals(t.getTemplate().getCode())).findFirst();
    }

    static Optional<Stage> stage(ImplementationPlan plan, ImplementationStage kind) {
        return plan.getTimeline().getStages().stream().filter(s -> s.getKind() == kind).findFirst();
    }

    /** Every cause of every analysis, sub-causes included. */
    static Stream<Cause> causes(ImplementationPlan plan) {
        return plan.getRootCauseAnalyses().stream().flatMap(a -> a.getCauses().stream()).flatMap(PlanQueries::withSubCauses);
    }

    static Stream<Cause> withSubCauses(Cause cause) {
        return Stream.concat(Stream.of(cause), cause.getSubCauses().stream().flatMap(PlanQueries::withSubCauses));
    }

    /** Actions that address the cause directly or through one of its interventions. */
    static Stream<Action> actionsFor(ImplementationPlan plan, Cause cause) {
        return Stream.concat(plan.getActions().stream().filter(a -> a.getAddresses().contains(cause)),
                cause.getInterventions().stream().flatMap(i -> i.getActions().stream())).distinct();
    }

    /**
     * Whether a duty's wording matches one of a conflicting duty's keywords: every word of the keyword begins a word
     * of the text, in any order, so "deliver medication" matches "Deliver evening medications to residents".
     */
    static boolean matches(String text, ConflictingDutyDef duty) {
        if (text == null) {
            return false;
        }
        List<String> words = List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
        return duty.getKeywords().stream().anyMatch(keyword -> Stream.of(keyword.toLowerCase(Locale.ROOT).split("\\s+"))
                .allMatch(part -> words.stream().anyMatch(word -> word.startsWith(part))));
    }
}
