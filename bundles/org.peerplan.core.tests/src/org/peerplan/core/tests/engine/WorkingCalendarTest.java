package org.peerplan.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peerplan.core.schedule.WorkingCalendar;

/** Counting working days: weekdays less the agency's holidays, forwards and backwards, for any length. */
class WorkingCalendarTest {

    /** Thanksgiving and the day after, 2027: a Thursday and a Friday. */
    private final WorkingCalendar calendar = WorkingCalendar.of(List.of(day("2027-11-25"), day("2027-11-26"),
            day("2027-11-27")));

    @Test
    void weekendsAndHolidaysAreDaysOff() {
        assertTrue(calendar.isWorkingDay(day("2027-11-24")));
        assertFalse(calendar.isWorkingDay(day("2027-11-25")), "a holiday");
        assertFalse(calendar.isWorkingDay(day("2027-11-28")), "a Sunday");
        assertEquals(day("2027-11-29"), calendar.onOrAfter(day("2027-11-25")), "past the holidays and the weekend");
        assertEquals(day("2027-11-24"), calendar.onOrAfter(day("2027-11-24")));
    }

    @Test
    void countingForwardSkipsTheDaysOff() {
        assertEquals(day("2027-11-24"), calendar.plus(day("2027-11-24"), 0));
        assertEquals(day("2027-11-29"), calendar.plus(day("2027-11-24"), 1), "Wednesday, then Monday");
        assertEquals(day("2027-12-06"), calendar.plus(day("2027-11-22"), 8), "a week of three days, then five");
        assertEquals(day("2027-11-12"), calendar.plus(day("2027-11-01"), 9), "no holiday in between");
    }

    @Test
    void countingBackwardIsTheInverse() {
        for (int count = 0; count < 40; count++) {
            LocalDate later = calendar.plus(day("2027-11-10"), count);
            assertEquals(day("2027-11-10"), calendar.minus(later, count), "back " + count + " from " + later);
            assertEquals(count, calendar.between(day("2027-11-10"), later));
        }
        assertEquals(-3, calendar.between(day("2027-11-30"), day("2027-11-23")));
    }

    @Test
    void aHugeCountIsCountedInWeeks() {
        LocalDate start = day("2027-01-04");
        LocalDate far = calendar.plus(start, 900_000_000L);
        assertEquals(900_000_000L, calendar.between(start, far), "the two weekday holidays are stepped over");
        assertEquals(start, calendar.minus(far, 900_000_000L));
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
