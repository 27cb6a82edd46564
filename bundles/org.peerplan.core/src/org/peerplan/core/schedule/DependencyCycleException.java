package org.peerplan.core.schedule;

import java.util.List;
import java.util.stream.Collectors;

import org.peerplan.model.Task;

/** The timeline's dependencies form a cycle, so no task in it can ever start. */
public class DependencyCycleException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient List<Task> cycle;

    public DependencyCycleException(List<Task> cycle) {
        super("the tasks " + cycle.stream().map(t -> "'" + t.getName() + "'").collect(Collectors.joining(" → "))
                + " depend on each other in a cycle, so none of them can start");
        this.cycle = List.copyOf(cycle);
    }

    /** The tasks of the cycle, each depending on the next, the last on the first. */
    public List<Task> cycle() {
        return cycle;
    }
}
