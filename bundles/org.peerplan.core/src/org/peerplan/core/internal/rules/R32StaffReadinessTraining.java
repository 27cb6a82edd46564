package org.peerplan.core.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.peerplan.core.plan.Labels;
import org.peerplan.core.schedule.Schedule;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Task;
import org.peerplan.model.TaskStatus;
import org.peerplan.model.TrainingSession;
import org.peerplan.model.catalog.ChecklistDef;
import org.peerplan.model.catalog.ChecklistItemDef;

/**
 * R32: the staff readiness training (tasks from S1-T6 and any task or training session that covers the readiness
 * elements) happens before the first peer starts and, taken together, covers all five elements RT-a..RT-e.
 */
final class R32StaffReadinessTraining extends Rule {

    static final String CHECKLIST = "RT";

    static final String TASK = "S1-T6";

    /** One piece of the readiness training; {@code over} is the day after it ends, or null when it is not dated. */
    private record Part(EObject element, String label, LocalDate over, List<ChecklistItemDef> covers) {
    }

    R32StaffReadinessTraining() {
        super("R32", Area.READINESS, Strength.ADVISORY,
                Citations.cite(Citations.HANDBOOK, "Creating a Culture of Respect"));
    }

    @Override
    public void check(RuleContext context) {
        Optional<ChecklistDef> checklist = context.catalog().getChecklists().stream()
                .filter(c -> CHECKLIST.equals(c.getCode())).findFirst();
        if (checklist.isEmpty()) {
            return;
        }
        List<ChecklistItemDef> elements = checklist.get().getItems();
        ImplementationPlan plan = context.plan();
        List<Part> parts = parts(context, elements);
        if (parts.isEmpty()) {
            context.report(plan.getTrainingPlan(), "No staff readiness training is planned: schedule one before the"
                    + " first peer starts, covering the five elements " + codes(elements) + ".");
            return;
        }
        LocalDate firstPeer = plan.getTimeline().getFirstPeerStart();
        List<Part> inTime = parts.stream()
                .filter(p -> p.over() != null && (firstPeer == null || !p.over().isAfter(firstPeer))).toList();
        if (inTime.isEmpty()) {
            context.report(parts.get(0).element(), "The staff readiness training (" + Wording.list(parts.stream()
                    .map(Part::label).toList()) + ") is not dated before the first peer starts"
                    + (firstPeer == null ? "" : " on " + firstPeer) + ": staff must be prepared before peers arrive.");
            return;
        }
        Set<ChecklistItemDef> covered = new LinkedHashSet<>();
        inTime.forEach(p -> covered.addAll(p.covers()));
        List<ChecklistItemDef> missing = elements.stream().filter(e -> !covered.contains(e)).toList();
        if (!missing.isEmpty()) {
            context.report(inTime.get(0).element(), "The staff readiness training before the first peer starts ("
                    + Wording.list(inTime.stream().map(Part::label).toList()) + ") does not cover "
                    + Wording.list(missing.stream().map(m -> m.getCode() + " " + m.getName()).toList())
                    + ": cover all five readiness elements.");
        }
    }

    private static List<Part> parts(RuleContext context, List<ChecklistItemDef> elements) {
        List<Part> parts = new ArrayList<>();
        Optional<Schedule> schedule = context.schedule();
        PlanQueries.tasks(context.plan()).filter(t -> t.getStatus() != TaskStatus.CANCELLED)
                .filter(t -> isReadinessTask(t) || t.getCovers().stream().anyMatch(elements::contains))
                .forEach(t -> {
                    LocalDate over = schedule.map(s -> s.of(t).earlyFinish()).orElse(null);
                    parts.add(new Part(t, Labels.of(t) + (over == null ? "" : " finishing " + over), over,
                            t.getCovers()));
                });
        for (TrainingSession session : context.plan().getTrainingPlan().getSessions()) {
            if (session.getCovers().stream().anyMatch(elements::contains)) {
                LocalDate date = session.getDate();
                parts.add(new Part(session, Labels.of(session) + (date == null ? " (no date)" : " on " + date),
                        date == null ? null : date.plusDays(1), session.getCovers()));
            }
        }
        return parts;
    }

    private static boolean isReadinessTask(Task task) {
        return task.getTemplate() != null && TASK.equals(task.getTemplate().getCode());
    }

    private static String codes(List<ChecklistItemDef> elements) {
        return elements.isEmpty() ? "" : elements.get(0).getCode() + ".." + elements.get(elements.size() - 1).getCode();
    }
}
