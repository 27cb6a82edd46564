package org.peerplan.diagram.internal.traceability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.peerplan.model.Action;
import org.peerplan.model.Cause;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Intervention;
import org.peerplan.model.RootCauseAnalysis;
import org.peerplan.model.Stage;
import org.peerplan.model.Task;

/**
 * The links from causes to stages that the plan states, gathered once: a cause leads to an action when the action
 * says it addresses the cause or when one of the cause's interventions lists the action; an action leads to the tasks
 * it names; a task belongs to the stage that contains it. Only tasks some action names, and their stages, take part.
 */
final class Traces {

    /** One "leads to" from an element of one column to an element of the next. */
    record Link(EObject source, EObject target) {
    }

    private final Map<Cause, RootCauseAnalysis> causes = new LinkedHashMap<>();
    private final Map<Action, Set<Cause>> causesOf = new LinkedHashMap<>();
    private final Set<Cause> answered = new LinkedHashSet<>();
    private final Set<Task> tasks = new LinkedHashSet<>();
    private final List<Stage> stages = new ArrayList<>();

    Traces(ImplementationPlan plan) {
        for (RootCauseAnalysis analysis : plan.getRootCauseAnalyses()) {
            analysis.getCauses().forEach(cause -> addWithSubCauses(cause, analysis));
        }
        plan.getActions().forEach(action -> causesOf.put(action, new LinkedHashSet<>()));
        for (Action action : plan.getActions()) {
            // A cause deleted from its analysis may still be referenced until the plan is saved and reloaded.
            action.getAddresses().stream().filter(causes::containsKey).forEach(cause -> link(cause, action));
            tasks.addAll(action.getTasks());
        }
        for (Cause cause : causes.keySet()) {
            for (Intervention intervention : cause.getInterventions()) {
                intervention.getActions().forEach(action -> link(cause, action));
            }
        }
        // Stages in timeline order, so that the column reads like the plan.
        plan.getTimeline().getStages().stream().filter(s -> s.getTasks().stream().anyMatch(tasks::contains))
                .forEach(stages::add);
    }

    private void addWithSubCauses(Cause cause, RootCauseAnalysis analysis) {
        causes.put(cause, analysis);
        cause.getSubCauses().forEach(sub -> addWithSubCauses(sub, analysis));
    }

    private void link(Cause cause, Action action) {
        causesOf.get(action).add(cause);
        answered.add(cause);
    }

    /** Every cause of every analysis, each followed by its sub-causes. */
    List<Cause> causes() {
        return List.copyOf(causes.keySet());
    }

    RootCauseAnalysis analysisOf(Cause cause) {
        return causes.get(cause);
    }

    List<Action> actions() {
        return List.copyOf(causesOf.keySet());
    }

    /** The causes {@code action} answers, each once however many ways the plan says so. */
    Set<Cause> causesOf(Action action) {
        return Collections.unmodifiableSet(causesOf.get(action));
    }

    /** Whether some action answers {@code cause}. */
    boolean answered(Cause cause) {
        return answered.contains(cause);
    }

    /** The tasks some action names, in the order the actions name them. */
    List<Task> tasks() {
        return List.copyOf(tasks);
    }

    boolean shown(Task task) {
        return tasks.contains(task);
    }

    /** The stages holding {@link #tasks()}, in timeline order. */
    List<Stage> stages() {
        return List.copyOf(stages);
    }

    /** Every link, each pair once: causes to actions, actions to tasks, tasks to their stages. */
    List<Link> links() {
        List<Link> links = new ArrayList<>();
        for (Action action : actions()) {
            causesOf(action).forEach(cause -> links.add(new Link(cause, action)));
            action.getTasks().forEach(task -> links.add(new Link(action, task)));
        }
        for (Task task : tasks) {
            // A task that a command has only just created may not be in a stage yet.
            if (task.eContainer() instanceof Stage stage) {
                links.add(new Link(task, stage));
            }
        }
        return links;
    }
}
