package org.peerplan.diagram.internal.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.Edge;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.Palette;
import org.peerplan.diagram.Point;
import org.peerplan.diagram.Shape;
import org.peerplan.diagram.text.TextMetrics;

/**
 * The markers' captions in rows above the chart, and their lines down through it. Each caption sits beside the top of
 * its line, to the right when it stays within the chart, else to the left; a caption goes one row lower when it would
 * overlap another caption or be crossed by another marker's line, or when its own line would cross a caption below.
 * A marker whose day lies off the axis gets no line: its caption sits past the axis's nearer end and says so.
 */
final class MarkerBand {

    private static final double CAPTION_WIDTH = 260;
    private static final double MIN_CAPTION_WIDTH = 150;
    private static final double CAPTION_SIZE = TextMetrics.SMALLEST;
    private static final double OFFSET = 4;
    private static final double GAP = 8;
    private static final double CLEARANCE = 2;
    private static final double ROW_GAP = 4;

    /** A caption's place: its row, its horizontal extent, and the x of its line (NaN for none). */
    private record Placed(Marker marker, Label caption, int row, double left, double lineX) {

        double right() {
            return left + caption.width();
        }

        boolean hasLine() {
            return !Double.isNaN(lineX);
        }
    }

    private final List<Placed> placed = new ArrayList<>();
    private final List<Double> rowHeights = new ArrayList<>();

    /** @param right where captions should end, so that they do not widen the chart */
    MarkerBand(List<Marker> markers, TimeAxis axis, double right) {
        markers.stream().sorted(Comparator.comparing(Marker::day)).forEach(m -> place(m, axis, right));
    }

    private void place(Marker marker, TimeAxis axis, double right) {
        boolean onAxis = axis.contains(marker.day());
        boolean before = marker.day().isBefore(axis.first());
        String caption = onAxis ? marker.caption()
                : marker.caption() + (before ? " (before the timeline)" : " (after the timeline)");
        double x = onAxis ? axis.x(marker.day()) : before ? axis.left() : axis.right();
        double lineX = onAxis ? x : Double.NaN;
        double rightSide = x + OFFSET;
        // Near the chart's end a caption may wrap narrower to stay within it.
        Label rightLabel = TextMetrics.label(caption,
                Math.max(MIN_CAPTION_WIDTH, Math.min(CAPTION_WIDTH, right - rightSide)), CAPTION_SIZE, true)
                .align(Label.Align.START);
        Label leftLabel = TextMetrics.label(caption, CAPTION_WIDTH, CAPTION_SIZE, true).align(Label.Align.END);
        List<Placed> sides = new ArrayList<>();
        if (rightSide + rightLabel.width() <= right) {
            sides.add(new Placed(marker, rightLabel, 0, rightSide, lineX));
        }
        double leftSide = x - OFFSET - leftLabel.width();
        if (onAxis && leftSide >= axis.left()) {
            sides.add(new Placed(marker, leftLabel, 0, leftSide, lineX));
        }
        for (int row = 0; row <= placed.size(); row++) {
            for (Placed side : sides) {
                if (free(row, side.left, side.right(), lineX)) {
                    add(new Placed(marker, side.caption, row, side.left, lineX));
                    return;
                }
            }
        }
        // No row keeps the caption within the chart: right of its line, then, where the captions placed so far
        // (whose lines all lie left of this one) leave a row free.
        int row = 0;
        while (!free(row, rightSide, rightSide + rightLabel.width(), lineX)) {
            row++;
        }
        add(new Placed(marker, rightLabel, row, rightSide, lineX));
    }

    private boolean free(int row, double left, double right, double lineX) {
        for (Placed other : placed) {
            boolean sameRow = other.row == row && left < other.right() + GAP && other.left < right + GAP;
            boolean crossedByOther = other.hasLine() && other.row <= row && other.lineX > left - CLEARANCE
                    && other.lineX < right + CLEARANCE;
            boolean crossesOther = !Double.isNaN(lineX) && other.row > row && lineX > other.left - CLEARANCE
                    && lineX < other.right() + CLEARANCE;
            if (sameRow || crossedByOther || crossesOther) {
                return false;
            }
        }
        return true;
    }

    private void add(Placed caption) {
        placed.add(caption);
        while (rowHeights.size() <= caption.row) {
            rowHeights.add(0.0);
        }
        rowHeights.set(caption.row, Math.max(rowHeights.get(caption.row), caption.caption.height()));
    }

    double height() {
        return rowHeights.stream().mapToDouble(Double::doubleValue).sum() + ROW_GAP * rowHeights.size();
    }

    /** The x of every marker's line. */
    List<Double> lines() {
        return placed.stream().filter(Placed::hasLine).map(Placed::lineX).toList();
    }

    /**
     * Draws each marker that falls on the axis as a line from {@code top} to {@code bottom}, without a caption: the
     * chart at a glance says what each line means, and when, in its key.
     */
    static void drawUncaptioned(Diagram diagram, List<Marker> markers, TimeAxis axis, double top, double bottom) {
        for (Marker marker : markers) {
            if (axis.contains(marker.day())) {
                double x = axis.x(marker.day());
                diagram.addOverlay(Edge.line(marker.id(), marker.style(), new Point(x, top), new Point(x, bottom)));
            }
        }
    }

    /** Puts the captions in rows from {@code top} and draws each line from its caption down to {@code bottom}. */
    void draw(Diagram diagram, double top, double bottom) {
        for (Placed caption : placed) {
            double y = top;
            for (int row = 0; row < caption.row; row++) {
                y += rowHeights.get(row) + ROW_GAP;
            }
            caption.caption.moveTo(caption.left, y);
            Marker marker = caption.marker;
            if (caption.hasLine()) {
                diagram.addOverlay(Edge.line(marker.id(), marker.style(), new Point(caption.lineX, y),
                        new Point(caption.lineX, bottom)).label(caption.caption));
            } else {
                diagram.add(new Node(marker.id(), Shape.NONE, Palette.TEXT_ONLY)
                        .size(caption.caption.width(), caption.caption.height()).moveTo(caption.left, y)
                        .add(caption.caption));
            }
        }
    }
}
