package org.peerplan.core.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

import org.peerplan.model.Holiday;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Timeline;

/**
 * The agency's working days: Monday to Friday, except its holidays. Durations of any size are counted in whole
 * weeks first, so a duration of millions of days costs no more than one of ten.
 */
public final class WorkingCalendar {

    private static final int WORKING_DAYS_A_WEEK = 5;

    private final NavigableSet<LocalDate> holidays;

    private WorkingCalendar(Collection<LocalDate> holidays) {
        this.holidays = new TreeSet<>();
        holidays.stream().filter(Objects::nonNull).filter(WorkingCalendar::isWeekday).forEach(this.holidays::add);
    }

    /** Weekdays less the given holidays. */
    public static WorkingCalendar of(Collection<LocalDate> holidays) {
        return new WorkingCalendar(holidays);
    }

    /** The calendar of the agency whose plan holds the timeline; weekdays alone for a timeline outside a plan. */
    public static WorkingCalendar of(Timeline timeline) {
        if (timeline.eContainer() instanceof ImplementationPlan plan && plan.getAgency() != null) {
            return of(plan.getAgency().getHolidays().stream().map(Holiday::getDate).toList());
        }
        return of(List.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        return isWeekday(day) && !holidays.contains(day);
    }

    /** The day itself when it is a working day, else the next working day. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate next = day;
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The working day {@code count} working days after the working day {@code day}; {@code day} itself for 0. */
    public LocalDate plus(LocalDate day, long count) {
        return shift(day, count, 1);
    }

    /** The working day {@code count} working days before the working day {@code day}. */
    public LocalDate minus(LocalDate day, long count) {
        return shift(day, count, -1);
    }

    /** Working days in {@code [from, to)}; negative when {@code to} comes first. */
    public long between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        long days = ChronoUnit.DAYS.between(from, to);
        long count = days / 7 * WORKING_DAYS_A_WEEK;
        for (LocalDate day = from.plusDays(days / 7 * 7); day.isBefore(to); day = day.plusDays(1)) {
            count += isWeekday(day) ? 1 : 0;
        }
        return count - holidays.subSet(from, true, to, false).size();
    }

    private LocalDate shift(LocalDate day, long count, int direction) {
        LocalDate from = day;
        LocalDate to = stepWeekdays(day.plusWeeks(count / WORKING_DAYS_A_WEEK * direction),
                count % WORKING_DAYS_A_WEEK, direction);
        for (long skipped = holidaysPassed(from, to, direction); skipped > 0; skipped = holidaysPassed(from, to,
                direction)) {
            from = to;
            to = stepWeekdays(to, skipped, direction);
        }
        return to;
    }

    /** Holidays after {@code from} up to and including {@code to}, walking in {@code direction}. */
    private int holidaysPassed(LocalDate from, LocalDate to, int direction) {
        return direction > 0 ? holidays.subSet(from, false, to, true).size()
                : holidays.subSet(to, true, from, false).size();
    }

    private static LocalDate stepWeekdays(LocalDate day, long count, int direction) {
        LocalDate next = day;
        for (long left = count; left > 0; left--) {
            do {
                next = next.plusDays(direction);
            } while (!isWeekday(next));
        }
        return next;
    }

    private static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
