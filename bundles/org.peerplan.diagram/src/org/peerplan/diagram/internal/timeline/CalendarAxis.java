package org.peerplan.diagram.internal.timeline;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

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
 * The calendar drawn along a {@link TimeAxis}: a row of years and a row of months (or quarters, when months are too
 * narrow for their names) above the chart and, for tall charts, below it; and the grid lines across the chart at the
 * same boundaries, darker at each new year. A name that does not fit its span is left out rather than crowded.
 */
final class CalendarAxis {

    private static final double YEAR_SIZE = 10;
    private static final double PERIOD_SIZE = TextMetrics.SMALLEST;
    private static final double LABEL_PADDING = 3;
    private static final double TICK = 4;
    private static final double MIN_GRID_SPACING = 6;
    private static final Style YEAR_LINE = new Style(null, "#a6a6a6", 1, null, Palette.MUTED_TEXT);

    private final TimeAxis axis;
    private final int monthsPerPeriod;

    CalendarAxis(TimeAxis axis) {
        this.axis = axis;
        this.monthsPerPeriod = periodLength(axis);
    }

    /** Months when their names fit, else quarters when "Q4" fits, else none (years only). */
    private static int periodLength(TimeAxis axis) {
        double month = axis.pixelsPerDay() * 28;
        double widestMonth = 0;
        for (Month m : Month.values()) {
            widestMonth = Math.max(widestMonth, TextMetrics.width(monthName(m), PERIOD_SIZE, false));
        }
        if (month >= widestMonth + 2 * LABEL_PADDING) {
            return 1;
        }
        return month * 3 >= TextMetrics.width("Q4", PERIOD_SIZE, false) + 2 * LABEL_PADDING ? 3 : 12;
    }

    /** Years above periods, starting at {@code top}; returns the bottom. */
    double header(Diagram diagram, double top) {
        double years = row(diagram, "axis-year-", top, 12, this::yearName, true);
        double bottom = years;
        if (monthsPerPeriod < 12) {
            bottom = row(diagram, "axis-period-", years, monthsPerPeriod, this::periodName, false);
        }
        ticks(diagram, "axis-tick-", top, bottom + TICK, years, bottom + TICK);
        return bottom + TICK;
    }

    /** Periods above years, below the chart, starting at {@code top}; returns the bottom. */
    double footer(Diagram diagram, double top) {
        double periods = top + TICK;
        if (monthsPerPeriod < 12) {
            periods = row(diagram, "axis-bottom-period-", periods, monthsPerPeriod, this::periodName, false);
        }
        double bottom = row(diagram, "axis-bottom-year-", periods, 12, this::yearName, true);
        ticks(diagram, "axis-bottom-tick-", top, bottom, top, periods);
        return bottom;
    }

    /** Vertical lines at every period boundary from {@code top} to {@code bottom}, as edges over the lanes' fill. */
    void gridlines(Diagram diagram, double top, double bottom) {
        int months = axis.pixelsPerDay() * 28 * monthsPerPeriod >= MIN_GRID_SPACING ? monthsPerPeriod : 12;
        for (LocalDate boundary : boundaries(months)) {
            double x = axis.x(boundary);
            Style style = boundary.getDayOfYear() == 1 ? YEAR_LINE : Palette.GRID;
            diagram.add(Edge.line("grid-" + boundary, style, new Point(x, top), new Point(x, bottom)));
        }
    }

    /** Ticks at the period boundaries: a new year's across both rows, the others across the periods' row. */
    private void ticks(Diagram diagram, String prefix, double top, double bottom, double periodsTop,
            double periodsBottom) {
        for (LocalDate boundary : boundaries(monthsPerPeriod)) {
            double x = axis.x(boundary);
            boolean year = boundary.getDayOfYear() == 1;
            diagram.addUnderlay(Edge.line(prefix + boundary, year ? YEAR_LINE : Palette.GRID,
                    new Point(x, year ? top : periodsTop), new Point(x, year ? bottom : periodsBottom)));
        }
    }

    /** One row of names, each centred in its span, those that fit; returns the row's bottom. */
    private double row(Diagram diagram, String prefix, double top, int months, Function<LocalDate, String> name,
            boolean bold) {
        double size = bold ? YEAR_SIZE : PERIOD_SIZE;
        double height = TextMetrics.label("2027", size, bold).height();
        List<LocalDate> boundaries = boundaries(months);
        for (int i = 0; i + 1 < boundaries.size(); i++) {
            LocalDate from = boundaries.get(i);
            double left = axis.x(from);
            double right = axis.x(boundaries.get(i + 1));
            Label label = TextMetrics.label(name.apply(from), size, bold).color(Palette.MUTED_TEXT);
            if (label.width() + 2 * LABEL_PADDING > right - left) {
                continue;
            }
            Node node = new Node(prefix + from, Shape.NONE, Palette.TEXT_ONLY).size(label.width(), height)
                    .moveTo((left + right - label.width()) / 2, top);
            node.add(label.moveTo(node.box().x(), top));
            diagram.add(node);
        }
        return top + height;
    }

    /** The axis's ends and every first of a month that starts a span of {@code months} (a year, a quarter). */
    private List<LocalDate> boundaries(int months) {
        List<LocalDate> boundaries = new ArrayList<>();
        List<LocalDate> starts = axis.monthStarts();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate month = starts.get(i);
            if (i == 0 || i == starts.size() - 1 || (month.getMonthValue() - 1) % months == 0) {
                boundaries.add(month);
            }
        }
        return boundaries;
    }

    private String yearName(LocalDate from) {
        return Integer.toString(from.getYear());
    }

    private String periodName(LocalDate from) {
        return monthsPerPeriod == 1 ? monthName(from.getMonth()) : "Q" + ((from.getMonthValue() - 1) / 3 + 1);
    }

    private static String monthName(Month month) {
        return month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
