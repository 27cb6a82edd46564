package org.peerplan.core.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peerplan.model.Stage;
import org.peerplan.model.Task;
import org.peerplan.model.Timeline;

/**
 * Computes a timeline's dates in the agency's working days. A task starts on the first working day after its last
 * dependency finishes, no earlier than its own fixed start (if it has one) and no earlier than the plan's start; the
 * backward pass from the latest finish gives each task's slack, and tasks without slack form the critical path.
 */
public final class Scheduler {

    public Schedule schedule(Timeline timeline) {
        WorkingCalendar calendar = WorkingCalendar.of(timeline);
        List<Task> tasks = timeline.getStages().stream().map(Stage::getTasks).flatMap(List::stream).toList();
        LocalDate planStart = timeline.getPlanStart() != null ? timeline.getPlanStart() : earliestFixedStart(tasks);
        LocalDate firstDay = calendar.onOrAfter(planStart);
        List<Task> order = topologicalOrder(tasks);

        Map<Task, LocalDate> earlyStart = new HashMap<>();
        Map<Task, LocalDate> earlyFinish = new HashMap<>();
        LocalDate finish = firstDay;
        for (Task task : order) {
            LocalDate start = firstDay;
            if (task.getStart() != null && task.getStart().isAfter(start)) {
                start = calendar.onOrAfter(task.getStart());
            }
            for (Task dependency : task.getDependsOn()) {
                LocalDate ready = earlyFinish.get(dependency);
                if (ready != null && ready.isAfter(start)) {
                    start = ready;
                }
            }
            LocalDate end = calendar.plus(start, duration(task));
            earlyStart.put(task, start);
            earlyFinish.put(task, end);
            finish = end.isAfter(finish) ? end : finish;
        }

        Map<Task, List<Task>> successors = new HashMap<>();
        for (Task task : tasks) {
            for (Task dependency : task.getDependsOn()) {
                successors.computeIfAbsent(dependency, d -> new ArrayList<>()).add(task);
            }
        }
        Map<Task, LocalDate> lateFinish = new HashMap<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            Task task = order.get(i);
            LocalDate latest = finish;
            for (Task successor : successors.getOrDefault(task, List.of())) {
                LocalDate successorLateStart = calendar.minus(lateFinish.get(successor), duration(successor));
                latest = successorLateStart.isBefore(latest) ? successorLateStart : latest;
            }
            lateFinish.put(task, latest);
        }

        Map<Task, ScheduledTask> byTask = new LinkedHashMap<>();
        for (Task task : tasks) {
            LocalDate start = earlyStart.get(task);
            LocalDate late = lateFinish.get(task);
            LocalDate lateStart = calendar.minus(late, duration(task));
            LocalDate lastDay = duration(task) == 0 ? start : calendar.plus(start, duration(task) - 1L);
            byTask.put(task, new ScheduledTask(task, start, earlyFinish.get(task), lateStart, late, lastDay,
                    calendar.between(start, lateStart)));
        }
        return new Schedule(planStart, finish, List.copyOf(byTask.values()), byTask, timeline.getFirstPeerStart(),
                calendar);
    }

    private static int duration(Task task) {
        return Math.max(task.getDurationDays(), 0);
    }

    private static LocalDate earliestFixedStart(List<Task> tasks) {
        return tasks.stream().map(Task::getStart).filter(d -> d != null).min(LocalDate::compareTo)
                .orElse(LocalDate.now());
    }

    /** Dependencies before dependents; a cycle stops the schedule and names its tasks. */
    private static List<Task> topologicalOrder(List<Task> tasks) {
        List<Task> order = new ArrayList<>();
        Map<Task, Integer> state = new HashMap<>();
        for (Task task : tasks) {
            visit(task, state, order, new ArrayList<>());
        }
        return order;
    }

    private static void visit(Task task, Map<Task, Integer> state, List<Task> order, List<Task> path) {
        Integer seen = state.get(task);
        if (seen != null && seen == 2) {
            return;
        }
        if (seen != null) {
            throw new DependencyCycleException(path.subList(path.indexOf(task), path.size()));
        }
        state.put(task, 1);
        path.add(task);
        for (Task dependency : task.getDependsOn()) {
            visit(dependency, state, order, path);
        }
        path.remove(path.size() - 1);
        state.put(task, 2);
        order.add(task);
    }
}
