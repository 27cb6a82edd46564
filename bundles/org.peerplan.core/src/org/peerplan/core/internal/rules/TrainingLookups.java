package org.peerplan.core.internal.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.peerplan.core.schedule.ScheduledTask;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.model.Person;
import org.peerplan.model.Task;
import org.peerplan.model.TrainingSession;
import org.peerplan.model.catalog.Catalog;
import org.peerplan.model.catalog.ChecklistDef;
import org.peerplan.model.catalog.ChecklistItemDef;
import org.peerplan.model.catalog.CourseDef;

/** Lookups and wording shared by the training and onboarding rules (R50–R65). */
final class TrainingLookups {

    private TrainingLookups() {
    }

    /** "the Recovery 101 session on 2027-03-24", or the title of a session that is not on the menu. */
    static String session(TrainingSession session) {
        String name = session.getCourse() != null ? name(session) : "'" + name(session) + "'";
        return "the " + name + " session" + (session.getDate() == null ? "" : " on " + session.getDate());
    }

    /** The course's name for menu sessions, else the session's own title. */
    static String name(TrainingSession session) {
        CourseDef course = session.getCourse();
        if (course != null) {
            return course.getName();
        }
        return session.getTitle() == null || session.getTitle().isBlank() ? "training" : session.getTitle();
    }

    /** The codes of catalog checklist items, such as DAY1-5 or PO-3. */
    static Set<String> codes(Collection<ChecklistItemDef> items) {
        return items.stream().map(ChecklistItemDef::getCode).collect(Collectors.toSet());
    }

    /** The items of the catalog checklist {@code code} (for example ORIENTATION or DAY1), in catalog order. */
    static List<ChecklistItemDef> checklist(Catalog catalog, String code) {
        return catalog.getChecklists().stream().filter(c -> code.equals(c.getCode())).findFirst()
                .map(ChecklistDef::getItems).map(List::copyOf).orElse(List.of());
    }

    /** When a task starts: as computed by the schedule, else its fixed start; empty when neither is known. */
    static Optional<LocalDate> start(RuleContext context, Task task) {
        return context.schedule().map(s -> s.of(task)).map(ScheduledTask::earlyStart)
                .or(() -> Optional.ofNullable(task.getStart()));
    }

    static String names(Collection<Person> people) {
        return people.stream().map(Person::getName).collect(Collectors.joining(", "));
    }
}
