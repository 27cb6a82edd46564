package org.peerplan.docgen.views;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.peerplan.core.readiness.QuizResult;
import org.peerplan.core.readiness.ReadinessScorer;
import org.peerplan.core.schedule.Schedule;
import org.peerplan.core.schedule.ScheduledTask;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Stage;
import org.peerplan.model.Task;
import org.peerplan.model.TaskStatus;
import org.peerplan.model.Timeline;
import org.peerplan.model.catalog.Catalog;

/**
 * The values of D9, the implementation timeline: the preparation horizon against the readiness band's minimum, every
 * task stage by stage with its computed dates, slack and marks, the milestones in date order and the overdue tasks.
 * Dates are the scheduler's: a task occupies {@code [earlyStart, earlyFinish)}, so its last day is the day before its
 * finish, and a task of 0 days happens on its start day.
 */
final class TimelineView {

    private TimelineView() {
    }

    static Map<String, Object> of(ImplementationPlan plan, Catalog catalog, Schedule schedule, LocalDate asOf) {
        Timeline timeline = plan.getTimeline();
        QuizResult quiz = new ReadinessScorer(catalog).quiz(plan.getReadiness());
        Map<String, Object> view = new LinkedHashMap<>();
        view.putAll(horizon(timeline, schedule, quiz));

        List<ScheduledTask> all = schedule.tasks();
        view.put("taskCount", all.size());
        view.put("stageCount", timeline.getStages().size());
        view.put("done", count(all, TaskStatus.DONE));
        view.put("inProgress", count(all, TaskStatus.IN_PROGRESS));
        view.put("notStarted", count(all, TaskStatus.NOT_STARTED));
        view.put("blocked", count(all, TaskStatus.BLOCKED));
        view.put("cancelled", count(all, TaskStatus.CANCELLED));
        view.put("planLastDay", all.stream().map(ScheduledTask::lastDay).max(LocalDate::compareTo).map(Formats::date)
                .orElse("not set"));
        view.put("criticalCount", schedule.criticalPath().size());

        List<Map<String, Object>> stages = new ArrayList<>();
        for (Stage stage : timeline.getStages()) {
            stages.add(stage(stage, schedule, stages.size() + 1));
        }
        view.put("stages", stages);

        view.put("milestones", schedule.milestones().stream()
                .sorted(Comparator.comparing(ScheduledTask::lastDay).thenComparing(ScheduledTask::earlyStart))
                .map(t -> milestone(t, asOf)).toList());

        Optional<ScheduledTask> firstPeer = schedule.firstPeerMilestone();
        view.put("firstPeerMilestone", firstPeer.map(t -> name(t.task())).orElse(""));
        view.put("firstPeerPath", firstPeer.map(t -> schedule.pathTo(t.task())).orElse(List.of()).stream()
                .map(TimelineView::task).toList());

        view.put("asOf", Formats.date(asOf));
        view.put("overdue", schedule.overdue(asOf).stream()
                .sorted(Comparator.comparing(ScheduledTask::lastDay).thenComparing(t -> name(t.task())))
                .map(t -> overdue(t, schedule, asOf)).toList());
        return view;
    }

    /** Plan start, first peer's start and the planned preparation against the readiness band's minimum. */
    private static Map<String, Object> horizon(Timeline timeline, Schedule schedule, QuizResult quiz) {
        Map<String, Object> view = new LinkedHashMap<>();
        LocalDate planStart = timeline.getPlanStart();
        LocalDate firstPeer = timeline.getFirstPeerStart();
        view.put("planStart", Formats.date(planStart));
        view.put("firstPeerStart", Formats.date(firstPeer));
        Period horizon = schedule.horizon();
        view.put("horizonKnown", horizon != null);
        view.put("horizon", horizon == null ? "unknown" : period(horizon));
        boolean banded = quiz.band() != null;
        view.put("banded", banded);
        view.put("trueCount", quiz.organizationTrueCount());
        view.put("band", banded ? quiz.band().getMinTrue() + "–" + quiz.band().getMaxTrue() + " True" : "");
        view.put("minimumMonths", quiz.minimumMonths());
        view.put("minimumInferred", quiz.minimumInferred());
        boolean checkable = banded && planStart != null && firstPeer != null;
        LocalDate earliest = banded && planStart != null ? planStart.plusMonths(quiz.minimumMonths()) : null;
        view.put("checkable", checkable);
        view.put("earliestFirstPeerStart", Formats.date(earliest));
        // The same test as R25: the first peer starts no earlier than the plan start plus the band's minimum.
        boolean meets = checkable && !firstPeer.isBefore(earliest);
        view.put("meetsMinimum", meets);
        view.put("shortBy", checkable && !meets ? period(Period.between(firstPeer, earliest)) : "");
        return view;
    }

    private static Map<String, Object> stage(Stage stage, Schedule schedule, int number) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("number", number);
        view.put("name", Formats.text(stage.getName()));
        List<ScheduledTask> tasks = stage.getTasks().stream().map(schedule::of).toList();
        view.put("tasks", tasks.stream().map(TimelineView::task).toList());
        view.put("empty", tasks.isEmpty());
        view.put("start", tasks.stream().map(ScheduledTask::earlyStart).min(LocalDate::compareTo)
                .map(Formats::date).orElse(""));
        view.put("end", tasks.stream().map(ScheduledTask::lastDay).max(LocalDate::compareTo)
                .map(Formats::date).orElse(""));
        view.put("done", tasks.stream().filter(t -> t.task().getStatus() == TaskStatus.DONE).count());
        return view;
    }

    private static Map<String, Object> task(ScheduledTask scheduled) {
        Task task = scheduled.task();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", code(task));
        view.put("name", name(task));
        view.put("owner", owner(task));
        view.put("start", Formats.shortDate(scheduled.earlyStart()));
        view.put("end", Formats.shortDate(scheduled.lastDay()));
        int days = Math.max(task.getDurationDays(), 0);
        view.put("days", days);
        view.put("status", Formats.words(task.getStatus()));
        view.put("milestone", task.isMilestone());
        view.put("deliverable", Formats.text(task.getDeliverable()));
        view.put("critical", scheduled.critical());
        view.put("slack", scheduled.slackDays());
        view.put("fixedStart", task.getStart() == null ? "" : Formats.date(task.getStart()));
        view.put("after", task.getDependsOn().stream().map(TimelineView::reference).collect(Collectors.joining(", ")));
        return view;
    }

    private static Map<String, Object> milestone(ScheduledTask scheduled, LocalDate asOf) {
        Task task = scheduled.task();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("date", Formats.date(scheduled.lastDay()));
        view.put("code", code(task));
        view.put("name", name(task));
        view.put("deliverable", Formats.text(task.getDeliverable()));
        view.put("owner", owner(task));
        view.put("status", Formats.words(task.getStatus()));
        view.put("stage", task.eContainer() instanceof Stage stage ? Formats.text(stage.getName()) : "");
        view.put("critical", scheduled.critical());
        return view;
    }

    private static Map<String, Object> overdue(ScheduledTask scheduled, Schedule schedule, LocalDate asOf) {
        Task task = scheduled.task();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", code(task));
        view.put("name", name(task));
        view.put("owner", owner(task));
        view.put("due", Formats.date(scheduled.lastDay()));
        view.put("status", Formats.words(task.getStatus()));
        long late = ChronoUnit.DAYS.between(scheduled.lastDay(), asOf);
        view.put("late", late <= 0 ? "due today" : late == 1 ? "1 day" : late + " days");
        view.put("critical", scheduled.critical());
        view.put("slack", scheduled.slackDays());
        // Later than its slack allows: the end of the plan moves unless later tasks catch up. Slack is counted in
        // working days, so the lateness it is held against is too.
        view.put("beyondSlack", schedule.calendar().between(scheduled.earlyFinish(), asOf) > scheduled.slackDays());
        return view;
    }

    /** The task's last day: the day before its (exclusive) finish, or its start day when it takes no time. */
    private static long count(List<ScheduledTask> tasks, TaskStatus status) {
        return tasks.stream().filter(t -> t.task().getStatus() == status).count();
    }

    /** "9 months", "1 year, 2 months and 3 days": a horizon as a reader would say it, in months and days. */
    static String period(Period period) {
        long months = period.toTotalMonths();
        int days = period.getDays();
        List<String> parts = new ArrayList<>();
        if (months != 0 || days == 0) {
            parts.add(months + (Math.abs(months) == 1 ? " month" : " months"));
        }
        if (days != 0) {
            parts.add(days + (Math.abs(days) == 1 ? " day" : " days"));
        }
        return String.join(" and ", parts);
    }

    private static String code(Task task) {
        return task.getTemplate() == null || task.getTemplate().getCode() == null ? "" : task.getTemplate().getCode();
    }

    private static String name(Task task) {
        return task.getName() == null || task.getName().isBlank() ? "(unnamed task)" : task.getName();
    }

    /** How a dependency is named in a task's row: its template code, else its name. */
    private static String reference(Task task) {
        String code = code(task);
        return code.isEmpty() ? name(task) : code;
    }

    private static String owner(Task task) {
        return task.getOwner() == null ? "unassigned" : Formats.text(task.getOwner().getName());
    }
}
