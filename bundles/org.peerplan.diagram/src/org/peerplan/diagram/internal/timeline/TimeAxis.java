package org.peerplan.diagram.internal.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Days to x positions: whole calendar months around the dates a chart shows, at one scale, so that a date's x is the
 * left edge of that day and a task of n days is n days wide.
 */
final class TimeAxis {

    private final LocalDate first;
    private final LocalDate end;
    private final double left;
    private final double pixelsPerDay;

    private TimeAxis(LocalDate first, LocalDate end, double left, double pixelsPerDay) {
        this.first = first;
        this.end = end;
        this.left = left;
        this.pixelsPerDay = pixelsPerDay;
    }

    /**
     * An axis from the first of the month of the earliest date to the end of the month of the latest, about
     * {@code width} wide but never wider than {@code maxPixelsPerDay} per day, so a short plan does not stretch.
     */
    static TimeAxis covering(Collection<LocalDate> dates, double left, double width, double maxPixelsPerDay) {
        LocalDate first = Collections.min(dates).withDayOfMonth(1);
        // The latest date is usually a finish, the day after a task's last day: a finish on the 1st needs no month.
        LocalDate end = Collections.max(dates).minusDays(1).withDayOfMonth(1).plusMonths(1);
        if (!end.isAfter(first)) {
            end = first.plusMonths(1);
        }
        long days = ChronoUnit.DAYS.between(first, end);
        return new TimeAxis(first, end, left, Math.min(maxPixelsPerDay, width / days));
    }

    /** The left edge of {@code day}. */
    double x(LocalDate day) {
        return left + ChronoUnit.DAYS.between(first, day) * pixelsPerDay;
    }

    double left() {
        return left;
    }

    double right() {
        return x(end);
    }

    double pixelsPerDay() {
        return pixelsPerDay;
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(end);
    }

    /** The first day of every month on the axis, and the day after the last. */
    List<LocalDate> monthStarts() {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate month = first; !month.isAfter(end); month = month.plusMonths(1)) {
            starts.add(month);
        }
        return starts;
    }

    LocalDate first() {
        return first;
    }
}
