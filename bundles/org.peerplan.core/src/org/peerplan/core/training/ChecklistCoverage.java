package org.peerplan.core.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.peerplan.core.schedule.Schedule;
import org.peerplan.core.schedule.ScheduledTask;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Task;
import org.peerplan.model.TaskStatus;
import org.peerplan.model.TrainingSession;
import org.peerplan.model.catalog.ChecklistItemDef;

/**
 * The tasks and training sessions that cover the items of a catalog checklist — the five elements of the staff
 * readiness training, the ten orientation topics — and when each one ends, so that a rule and a document can tell
 * which items are covered before a given day.
 */
public final class ChecklistCoverage {

    /**
     * One task or session that covers checklist items.
     *
     * @param lastDay its last day, or {@code null} when it has no date yet
     */
    public record Part(EObject element, LocalDate start, LocalDate lastDay, List<ChecklistItemDef> covers) {

        /** Whether the part is over before {@code day}; with no day to meet, whether it is dated at all. */
        public boolean endsBefore(LocalDate day) {
            return lastDay != null && (day == null || lastDay.isBefore(day));
        }
    }

    private ChecklistCoverage() {
    }

    /**
     * The parts covering any of {@code items}, tasks first in timeline order, then sessions: a task counts when it is
     * made from {@code taskTemplate} or covers an item and is not cancelled; a session when it covers an item.
     */
    public static List<Part> parts(ImplementationPlan plan, Optional<Schedule> schedule, List<ChecklistItemDef> items,
            String taskTemplate) {
        List<Part> parts = new ArrayList<>();
        schedule.ifPresent(s -> {
            for (ScheduledTask scheduled : s.tasks()) {
                Task task = scheduled.task();
                boolean fromTemplate = task.getTemplate() != null && task.getTemplate().getCode().equals(taskTemplate);
                if (task.getStatus() != TaskStatus.CANCELLED
                        && (fromTemplate || task.getCovers().stream().anyMatch(items::contains))) {
                    parts.add(new Part(task, scheduled.earlyStart(), scheduled.lastDay(), task.getCovers()));
                }
            }
        });
        for (TrainingSession session : plan.getTrainingPlan().getSessions()) {
            if (session.getCovers().stream().anyMatch(items::contains)) {
                LocalDate date = session.getDate();
                int days = session.getCourse() == null ? 1 : Math.max(1, session.getCourse().getDays());
                parts.add(new Part(session, date, date == null ? null : date.plusDays(days - 1L),
                        session.getCovers()));
            }
        }
        return parts;
    }

    /** The items none of the parts ending before {@code day} covers, in checklist order. */
    public static List<ChecklistItemDef> uncovered(List<ChecklistItemDef> items, List<Part> parts, LocalDate day) {
        return items.stream().filter(i -> parts.stream().noneMatch(p -> p.endsBefore(day) && p.covers().contains(i)))
                .toList();
    }
}
