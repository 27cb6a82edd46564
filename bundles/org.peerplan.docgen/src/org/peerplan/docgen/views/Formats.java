package org.peerplan.docgen.views;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.peerplan.core.plan.Labels;

/** How documents write values for a reader: dates as "January 4, 2027", money as "$12,500". */
final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private Formats() {
    }

    static String date(LocalDate date) {
        return date == null ? "not set" : DATE.format(date);
    }

    /** "Mar 4, 2027", for narrow table columns. */
    static String shortDate(LocalDate date) {
        return date == null ? "not set" : SHORT_DATE.format(date);
    }

    static String money(BigDecimal amount) {
        return amount == null ? "not set" : String.format(Locale.US, "$%,.0f", amount);
    }

    /** 0.30 as "30 %". */
    static String percent(double share) {
        return BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }

    static String rate(BigDecimal amount) {
        return amount == null ? "not set" : String.format(Locale.US, "$%,.2f", amount);
    }

    /** NEEDS_REVISION as "Needs revision". */
    static String words(Enumerator literal) {
        return capitalized(Labels.words(literal));
    }

    /** A phrase as the start of a line: its first letter upper case. */
    static String capitalized(String text) {
        return Labels.capitalized(text);
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
