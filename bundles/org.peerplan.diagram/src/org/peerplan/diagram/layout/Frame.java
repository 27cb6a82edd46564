package org.peerplan.diagram.layout;

import java.util.ArrayList;
import java.util.List;

import org.peerplan.diagram.Box;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.Edge;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.Palette;
import org.peerplan.diagram.Point;
import org.peerplan.diagram.Shape;
import org.peerplan.diagram.Style;
import org.peerplan.diagram.text.TextMetrics;

/**
 * Finishes a laid-out diagram for the page: the title and subtitle above the content, the legend below it, margins
 * around everything, and the diagram's size.
 */
public final class Frame {

    public static final double MARGIN = 24;
    private static final double GAP = 18;
    private static final double MIN_WIDTH = 640;
    private static final double TITLE_SIZE = 18;
    private static final double SUBTITLE_SIZE = 11;
    private static final double LEGEND_TEXT_SIZE = 10;
    private static final double LEGEND_TEXT_WIDTH = 230;
    private static final double SWATCH_WIDTH = 26;
    private static final double SWATCH_HEIGHT = 14;
    private static final double LEGEND_PADDING = 8;
    private static final double LEGEND_COLUMN_GAP = 18;

    private Frame() {
    }

    /**
     * Moves the content below the headings, adds the legend below the content and sets the diagram's size.
     *
     * @param subtitle a line under the title (the plan, the date), or {@code null}
     */
    public static Diagram finish(Diagram diagram, String subtitle, List<LegendEntry> legend) {
        return finish(diagram, true, subtitle, legend);
    }

    /**
     * As {@link #finish(Diagram, String, List)}, but with no title or subtitle drawn: for a figure a document prints
     * under its own heading and caption, where the diagram's title is only its accessible name.
     */
    public static Diagram finishUntitled(Diagram diagram, List<LegendEntry> legend) {
        return finish(diagram, false, null, legend);
    }

    private static Diagram finish(Diagram diagram, boolean titled, String subtitle, List<LegendEntry> legend) {
        Box content = contentBounds(diagram);
        double width = Math.max(MIN_WIDTH, content.width() + 2 * MARGIN);
        double textWidth = width - 2 * MARGIN;
        List<Label> headings = new ArrayList<>();
        if (titled) {
            headings.add(TextMetrics.label(diagram.title(), textWidth, TITLE_SIZE, true));
        }
        if (subtitle != null && !subtitle.isBlank()) {
            headings.add(TextMetrics.label(subtitle, textWidth, SUBTITLE_SIZE, false).color(Palette.MUTED_TEXT));
        }
        double y = MARGIN;
        for (Label heading : headings) {
            heading.align(Label.Align.START).moveTo(MARGIN, y);
            y += heading.height();
        }
        diagram.translate(MARGIN - content.x(), y + (headings.isEmpty() ? 0 : GAP) - content.y());
        headings.forEach(diagram::addHeading);
        double bottom = y + (headings.isEmpty() ? 0 : GAP) + content.height();
        if (!legend.isEmpty()) {
            Node key = legend(legend, textWidth);
            key.moveTo(MARGIN, bottom + GAP);
            diagram.legend(key);
            bottom = key.box().bottom();
        }
        // Whole units: PDF renderers read only an integer viewBox.
        return diagram.size(Math.ceil(width), Math.ceil(bottom + MARGIN));
    }

    /** The box holding every node, line and label of the content (not headings or legend). */
    private static Box contentBounds(Diagram diagram) {
        Box bounds = null;
        for (Node node : diagram.allNodes().toList()) {
            bounds = union(bounds, node.box());
            for (Label label : node.outsideLabels()) {
                bounds = union(bounds, label.box());
            }
        }
        for (Edge line : diagram.allLines().toList()) {
            for (Point point : line.points()) {
                bounds = union(bounds, new Box(point.x(), point.y(), 0, 0));
            }
            if (line.label() != null) {
                bounds = union(bounds, line.label().box());
            }
        }
        return bounds == null ? new Box(0, 0, 0, 0) : bounds;
    }

    private static Box union(Box bounds, Box box) {
        return bounds == null ? box : bounds.union(box);
    }

    /** The legend's entries flow in rows, as many per row as the width allows. */
    private static Node legend(List<LegendEntry> entries, double width) {
        Node key = new Node("legend", Shape.RECTANGLE, new Style(Palette.PAPER, Palette.GREY, 0.75, null, Palette.TEXT));
        Label caption = TextMetrics.label("Key", LEGEND_TEXT_SIZE, true).align(Label.Align.START);
        caption.moveTo(LEGEND_PADDING, LEGEND_PADDING);
        key.add(caption);
        double x = LEGEND_PADDING + caption.width() + LEGEND_COLUMN_GAP;
        double y = LEGEND_PADDING;
        double rowHeight = caption.height();
        double right = x;
        int index = 0;
        for (LegendEntry entry : entries) {
            Label meaning = TextMetrics.label(entry.meaning(), LEGEND_TEXT_WIDTH, LEGEND_TEXT_SIZE, false)
                    .align(Label.Align.START);
            double itemWidth = SWATCH_WIDTH + 6 + meaning.width();
            if (x + itemWidth > width - LEGEND_PADDING && x > LEGEND_PADDING + caption.width() + LEGEND_COLUMN_GAP) {
                x = LEGEND_PADDING + caption.width() + LEGEND_COLUMN_GAP;
                y += rowHeight + 6;
                rowHeight = 0;
            }
            double itemHeight = Math.max(SWATCH_HEIGHT, meaning.height());
            Node swatch = new Node("legend-" + index, entry.shape(), entry.style()).size(SWATCH_WIDTH, SWATCH_HEIGHT)
                    .moveTo(x, y + (itemHeight - SWATCH_HEIGHT) / 2);
            Node text = new Node("legend-" + index + "-text", Shape.NONE, Palette.TEXT_ONLY)
                    .size(meaning.width(), meaning.height()).moveTo(x + SWATCH_WIDTH + 6, y);
            meaning.moveTo(x + SWATCH_WIDTH + 6, y);
            text.add(meaning);
            key.add(swatch).add(text);
            x += itemWidth + LEGEND_COLUMN_GAP;
            right = Math.max(right, x - LEGEND_COLUMN_GAP);
            rowHeight = Math.max(rowHeight, itemHeight);
            index++;
        }
        return key.size(right + LEGEND_PADDING, y + rowHeight + LEGEND_PADDING);
    }
}
