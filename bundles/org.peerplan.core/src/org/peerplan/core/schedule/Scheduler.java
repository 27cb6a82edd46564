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
 * Computes a timeline's dates. A task starts when its last dependency finishes, no earlier than its own fixed start
 * (if it has one) and no earlier than the plan's start; the backward pass from the latest finish gives each task's
 * slack, and tasks without slack form the critical path.
 */
public final class Scheduler {

    public Schedule schedule(Timeline timeline) {
        List<Task> tasks = timeline.getStages().stream().map(Stage::getTasks).flatMap(List::stream).toList();
        LocalDate planStart = timeline.getPlanStart() != null ? timeline.getPlanStart() : earliestFixedStart(tasks);
        List<Task> order = topologicalOrder(tasks);

        Map<Task, LocalDate> earlyStart = new HashMap<>();
        Map<Task, LocalDate> earlyFinish = new HashMap<>();
        LocalDate finish = planStart;
        for (Task task : order) {
            LocalDate start = planStart;
            if (task.getStart() != null && task.getStart().isAfter(start)) {
                start = task.getStart();
            }
            for (Task dependency : task.getDependsOn()) {
                LocalDate ready = earlyFinish.get(dependency);
                if (ready != null && ready.isAfter(start)) {
                    start = ready;
                }
            }
            LocalDate end = start.plusDays(Math.max(task.getDurationDays(), 0));
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
                LocalDate successorLateStart = lateFinish.get(successor)
                        .minusDays(Math.max(successor.getDurationDays(), 0));
                latest = successorLateStart.isBefore(latest) ? successorLateStart : latest;
            }
            lateFinish.put(task, latest);
        }

        Map<Task, ScheduledTask> byTask = new LinkedHashMap<>();
        for (Task task : tasks) {
            LocalDate late = lateFinish.get(task);
            byTask.put(task, new ScheduledTask(task, earlyStart.get(task), earlyFinish.get(task),
                    late.minusDays(Math.max(task.getDurationDays(), 0)), late));
        }
        return new Schedule(planStart, finish, List.copyOf(byTask.values()), byTask, timeline.getFirstPeerStart());
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
