package org.peerplan.diagram.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.peerplan.diagram.Box;

/**
 * The horizontal lines that cross none of a set of boxes, found by jumping over the boxes' merged vertical extents
 * rather than testing every box at every line: a tall diagram of thousands of elements is cut in time linear in its
 * elements.
 */
final class FreeLines {

    /** The open intervals (top, bottom) that some box covers, merged where they overlap, top to bottom. */
    private final List<double[]> blocked = new ArrayList<>();

    FreeLines(List<Box> boxes) {
        List<Box> sorted = boxes.stream().filter(b -> b.height() > 0).sorted(Comparator.comparingDouble(Box::y))
                .toList();
        for (Box box : sorted) {
            double[] last = blocked.isEmpty() ? null : blocked.get(blocked.size() - 1);
            // A line at the very edge of a box crosses it not, so intervals that only touch stay apart.
            if (last != null && box.y() < last[1]) {
                last[1] = Math.max(last[1], box.bottom());
            } else {
                blocked.add(new double[] { box.y(), box.bottom() });
            }
        }
    }

    /** The lowest whole-unit line above {@code lowest} and at most {@code limit} that crosses no box, else NaN. */
    double lowest(double limit, double lowest) {
        double line = Math.floor(limit);
        while (line > lowest) {
            double[] covering = covering(line);
            if (covering == null) {
                return line;
            }
            // Every line inside this interval is blocked: try the first whole line at or above its top.
            line = Math.floor(covering[0]);
        }
        return Double.NaN;
    }

    /** The interval with top < line < bottom, by binary search on the tops. */
    private double[] covering(double line) {
        int low = 0;
        int high = blocked.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (blocked.get(middle)[0] < line) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found >= 0 && line < blocked.get(found)[1] ? blocked.get(found) : null;
    }
}
