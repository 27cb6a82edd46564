package org.peerplan.model.provider.words;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

/**
 * Values written as the documents write them: dates as "Apr 30, 2027", money as "$12,500" (or "$18.50" when it has
 * cents), yes or no, enumeration literals in words and plan elements by their labels. Every BigDecimal in the model is
 * an amount of money in US dollars; shares and FTEs are doubles, written as plain numbers.
 */
public final class ValueWords {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private ValueWords() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return DAY.format(date);
        }
        if (value instanceof BigDecimal amount) {
            return money(amount);
        }
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enumerator literal) {
            return Vocabulary.literal(literal);
        }
        if (value instanceof EObject element) {
            return PlanWords.text(element);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(ValueWords::of).collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    /** "1 error", "6 errors": a count with its noun. */
    public static String count(long number, String singular, String plural) {
        return number + " " + (number == 1 ? singular : plural);
    }

    /** "$12,500" for whole dollars, "$18.50" otherwise. */
    public static String money(BigDecimal amount) {
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        return String.format(Locale.US, whole ? "$%,.0f" : "$%,.2f", amount);
    }
}
