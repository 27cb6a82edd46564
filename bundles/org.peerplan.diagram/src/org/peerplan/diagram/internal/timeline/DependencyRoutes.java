package org.peerplan.diagram.internal.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.peerplan.core.schedule.ScheduledTask;
import org.peerplan.diagram.Box;
import org.peerplan.diagram.Edge;
import org.peerplan.diagram.Palette;
import org.peerplan.diagram.Point;
import org.peerplan.diagram.Style;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.model.Task;

/**
 * An arrow for every dependency, from the end of the task depended on to the start of the dependent task. With room
 * between the two it turns twice (right, down or up, right) and drops next to the dependent task; when the dependent
 * starts where its predecessor ends, it steps out to the right, runs back along the boundary above (or below) the
 * dependent's row and enters from the left. Arrows stay in the chart, away from the names; bars are drawn over them.
 */
final class DependencyRoutes {

    /** Long enough for the arrowhead to sit on a straight end. */
    static final double STUB = 11;

    static final Style DEPENDENCY = new Style(null, "#999999", 1, null, Palette.TEXT);
    /** Both ends on the critical path and the dependent starting the day its predecessor finishes. */
    static final Style CRITICAL_DEPENDENCY = new Style(null, Palette.VERMILLION, 2, null, Palette.TEXT);

    private DependencyRoutes() {
    }

    /** The arrows in paint order: the critical ones last, so that they stay visible where arrows share a course. */
    static List<Edge> of(Map<Task, TaskRow> rows) {
        List<Edge> ordinary = new ArrayList<>();
        List<Edge> critical = new ArrayList<>();
        for (TaskRow dependent : rows.values()) {
            for (Task dependency : dependent.scheduled().task().getDependsOn()) {
                TaskRow predecessor = rows.get(dependency);
                if (predecessor == null) {
                    continue;
                }
                boolean onPath = drives(predecessor.scheduled(), dependent.scheduled());
                List<Edge> into = onPath ? critical : ordinary;
                into.add(new Edge("dependency-" + (ordinary.size() + critical.size()), predecessor.node(),
                        dependent.node(), onPath ? CRITICAL_DEPENDENCY : DEPENDENCY).withArrow()
                        .ref(DiagramInput.ref(dependent.scheduled().task())).route(route(predecessor, dependent)));
            }
        }
        List<Edge> all = new ArrayList<>(ordinary);
        all.addAll(critical);
        return all;
    }

    private static boolean drives(ScheduledTask predecessor, ScheduledTask dependent) {
        return predecessor.critical() && dependent.critical()
                && predecessor.earlyFinish().equals(dependent.earlyStart());
    }

    static List<Point> route(TaskRow from, TaskRow to) {
        Box source = from.extent();
        Box target = to.extent();
        double xs = source.right();
        double ys = from.middle();
        double xt = target.x();
        double yt = to.middle();
        if (xt - xs >= 2 * STUB) {
            double turn = xt - STUB;
            return List.of(new Point(xs, ys), new Point(turn, ys), new Point(turn, yt), new Point(xt, yt));
        }
        double boundary = yt > ys ? to.top() : to.bottom();
        double out = xs + STUB;
        double in = xt - STUB;
        return List.of(new Point(xs, ys), new Point(out, ys), new Point(out, boundary), new Point(in, boundary),
                new Point(in, yt), new Point(xt, yt));
    }
}
