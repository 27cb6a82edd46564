package org.peerplan.ui.jface;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.peerplan.core.schedule.Dependencies;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.Task;
import org.peerplan.model.provider.words.PlanWords;

/**
 * Values that read well but would break the plan, refused before any command is made: today, dependencies that would
 * go round in a circle, which the scheduler could never resolve.
 */
public final class ValueChecks {

    private ValueChecks() {
    }

    /** Why {@code value} cannot become {@code target}'s {@code feature}, or {@code null} when it can. */
    public static String refusal(EObject target, EStructuralFeature feature, Object value) {
        if (feature == PeerPlanPackage.Literals.TASK__DEPENDS_ON && target instanceof Task task
                && value instanceof Collection<?> chosen) {
            List<Task> tasks = chosen.stream().filter(Task.class::isInstance).map(Task.class::cast).toList();
            List<Task> cycle = Dependencies.cycleIf(task, tasks);
            if (!cycle.isEmpty()) {
                String chain = cycle.stream().map(t -> "'" + PlanWords.text(t) + "'")
                        .collect(Collectors.joining(" → "));
                return "These dependencies would go round in a circle (" + chain
                        + " depend on each other), so none of those tasks could ever start.";
            }
        }
        return null;
    }
}
