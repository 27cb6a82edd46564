package org.peerplan.core.schedule;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.peerplan.model.Task;

/** Questions about the dependencies between tasks that an editor asks before it changes them. */
public final class Dependencies {

    private Dependencies() {
    }

    /**
     * The cycle that giving {@code task} the dependencies {@code dependsOn} would close, as the tasks in dependency
     * order from {@code task} back to it ({@code task}, the dependency that leads back, ..., {@code task}); empty
     * when there would be none.
     */
    public static List<Task> cycleIf(Task task, Collection<Task> dependsOn) {
        for (Task dependency : dependsOn) {
            List<Task> path = pathTo(dependency, task);
            if (!path.isEmpty()) {
                List<Task> cycle = new ArrayList<>();
                cycle.add(task);
                cycle.addAll(path);
                return cycle;
            }
        }
        return List.of();
    }

    /** The chain of dependencies from {@code from} down to {@code to}, both included; empty if there is none. */
    private static List<Task> pathTo(Task from, Task to) {
        Deque<List<Task>> open = new ArrayDeque<>();
        Set<Task> seen = new HashSet<>();
        open.add(List.of(from));
        while (!open.isEmpty()) {
            List<Task> path = open.poll();
            Task last = path.get(path.size() - 1);
            if (last == to) {
                return path;
            }
            if (seen.add(last)) {
                for (Task next : last.getDependsOn()) {
                    List<Task> longer = new ArrayList<>(path);
                    longer.add(next);
                    open.add(longer);
                }
            }
        }
        return List.of();
    }
}
