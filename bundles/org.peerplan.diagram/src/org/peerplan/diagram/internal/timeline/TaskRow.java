package org.peerplan.diagram.internal.timeline;

import org.peerplan.core.schedule.ScheduledTask;
import org.peerplan.diagram.Box;
import org.peerplan.diagram.Node;

/**
 * One task's row of the chart.
 *
 * @param node the node that shows the task: its bar, or its diamond for a milestone
 * @param work the bar of a milestone's days before its diamond, or {@code null}
 */
record TaskRow(ScheduledTask scheduled, Node node, Node work, double top, double bottom) {

    double middle() {
        return (top + bottom) / 2;
    }

    /** Where the task is drawn along the axis, from its start to its end. */
    Box extent() {
        return work == null ? node.box() : work.box().union(node.box());
    }
}
