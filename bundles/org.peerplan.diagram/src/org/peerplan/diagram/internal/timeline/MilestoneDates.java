package org.peerplan.diagram.internal.timeline;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peerplan.diagram.Box;
import org.peerplan.diagram.Edge;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Point;
import org.peerplan.diagram.text.TextMetrics;
import org.peerplan.model.Task;
import org.peerplan.diagram.text.Dates;

/**
 * Each milestone's date beside its diamond: right of it, or right of where its arrows leave, or left of its start, or
 * left of where its arrows come in, whichever first covers no bar, arrow, marker line or other date.
 */
final class MilestoneDates {

    private static final double SIZE = TextMetrics.SMALLEST;
    private static final double GAP = 4;

    private MilestoneDates() {
    }

    /**
     * Adds the dates that find room as the diamonds' outside labels.
     *
     * @param markerLines the x of each marker line, which runs from {@code top} to {@code bottom}
     * @param minX        where the name column's margin ends
     * @param elsewhere   milestones whose date is shown under their name
     * @return the milestones whose date found no room
     */
    static Set<Task> place(Map<Task, TaskRow> rows, List<Edge> arrows, List<Double> markerLines, double top,
            double bottom, double minX, Set<Task> elsewhere) {
        FreeSpace space = new FreeSpace();
        for (TaskRow row : rows.values()) {
            space.take(row.node().box());
            if (row.work() != null) {
                space.take(row.work().box());
            }
        }
        arrows.forEach(arrow -> space.take(arrow.points()));
        markerLines.forEach(x -> space.take(List.of(new Point(x, top), new Point(x, bottom))));
        Set<Task> homeless = new HashSet<>();
        for (TaskRow row : rows.values()) {
            if (!row.scheduled().task().isMilestone() || elsewhere.contains(row.scheduled().task())) {
                continue;
            }
            Label date = TextMetrics.label(Dates.day(row.scheduled().lastDay()), SIZE, false);
            Box place = room(row, date, space, minX);
            if (place == null) {
                homeless.add(row.scheduled().task());
            } else {
                space.take(place);
                row.node().addOutside(date.align(Label.Align.START).moveTo(place.x(), place.y()));
            }
        }
        return homeless;
    }

    private static Box room(TaskRow row, Label date, FreeSpace space, double minX) {
        Box extent = row.extent();
        double y = row.middle() - date.height() / 2;
        double[] candidates = { extent.right() + GAP, extent.right() + DependencyRoutes.STUB + GAP,
                extent.x() - GAP - date.width(), extent.x() - DependencyRoutes.STUB - GAP - date.width() };
        for (double x : candidates) {
            Box box = new Box(x, y, date.width(), date.height());
            if (x >= minX && space.isFree(box)) {
                return box;
            }
        }
        return null;
    }
}
