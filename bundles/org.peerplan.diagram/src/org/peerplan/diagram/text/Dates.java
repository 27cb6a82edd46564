package org.peerplan.diagram.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.peerplan.core.plan.Labels;

/** Dates as every diagram writes them, in the documents' style ("Apr 30, 2027"), so a figure agrees with its page. */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    private static final DateTimeFormatter DAY_IN_YEAR = DateTimeFormatter.ofPattern("MMM d", Locale.US);

    private Dates() {
    }

    public static String day(LocalDate day) {
        return Labels.day(day);
    }

    /** "Jan 4 – Feb 15, 2027", or one day alone; the year is written twice only when it changes. */
    public static String span(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return day(first);
        }
        return (first.getYear() == last.getYear() ? DAY_IN_YEAR : DAY).format(first) + " – " + day(last);
    }
}
