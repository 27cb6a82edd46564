package org.peerplan.model.provider.words;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.peerplan.model.limits.ValueLimits;

/**
 * Reads what a consultant types into a field or a cell as the value of an attribute, or says in one sentence why it
 * cannot be one. Dates may be typed as 2027-04-30, 4/30/2027, Apr 30, 2027 or April 30, 2027; money with or without
 * the dollar sign and thousands separators; yes or no for a checkbox; an enumeration literal by its words. Numbers
 * must fall within {@code limits.properties}, and may never be negative.
 */
public final class ValueParser {

    /** A value read from text, or the reason it could not be. */
    public record Parsed(Object value, String error) {

        public boolean ok() {
            return error == null;
        }

        static Parsed value(Object value) {
            return new Parsed(value, null);
        }

        static Parsed error(String error) {
            return new Parsed(null, error);
        }
    }

    private static final Properties LIMITS = limits();

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private static final Pattern WORD_DATE = Pattern.compile("([A-Za-z]+)\\.? +(\\d{1,2}),? +(\\d{4})");

    private ValueParser() {
    }

    private static Properties limits() {
        Properties limits = new Properties();
        try (InputStream in = ValueParser.class.getResourceAsStream("limits.properties")) {
            limits.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled limits.properties cannot be read", e);
        }
        return limits;
    }

    public static Parsed parse(EAttribute attribute, String typed) {
        String text = typed == null ? "" : typed.strip();
        EDataType type = attribute.getEAttributeType();
        Class<?> kind = type.getInstanceClass();
        String name = Vocabulary.feature(attribute);
        if (text.isEmpty()) {
            return kind != null && kind.isPrimitive() && kind != boolean.class
                    ? Parsed.error(name + " needs a number.")
                    : Parsed.value(kind == String.class ? "" : null);
        }
        if (type instanceof EEnum enumeration) {
            return literal(enumeration, text, name);
        }
        if (kind == String.class) {
            int most = ValueLimits.length(attribute);
            return typed.length() > most ? Parsed.error(String.format(Locale.ROOT,
                    "%s can be at most %,d characters long; this is %,d.", name, most, typed.length()))
                    : Parsed.value(typed);
        }
        if (kind == LocalDate.class) {
            return date(text, name);
        }
        if (kind == boolean.class || kind == Boolean.class) {
            return yesNo(text, name);
        }
        if (kind == int.class || kind == Integer.class) {
            return number(attribute, text, name, true);
        }
        if (kind == double.class || kind == Double.class || kind == BigDecimal.class) {
            return number(attribute, text, name, false);
        }
        return Parsed.value(type.getEPackage().getEFactoryInstance().createFromString(type, text));
    }

    private static Parsed literal(EEnum enumeration, String text, String name) {
        for (EEnumLiteral literal : enumeration.getELiterals()) {
            Enumerator instance = literal.getInstance();
            if (Vocabulary.literal(instance).equalsIgnoreCase(text) || literal.getName().equalsIgnoreCase(text)) {
                return Parsed.value(instance);
            }
        }
        return Parsed.error("'" + text + "' is not one of the choices for " + Vocabulary.inSentence(name) + ".");
    }

    private static Parsed yesNo(String text, String name) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true" -> Parsed.value(Boolean.TRUE);
            case "no", "n", "false" -> Parsed.value(Boolean.FALSE);
            default -> Parsed.error(name + " is yes or no, not '" + text + "'.");
        };
    }

    private static Parsed number(EAttribute attribute, String text, String name, boolean whole) {
        String digits = text.replace(",", "").replace("$", "").strip();
        if (!digits.chars().allMatch(c -> c < 128)) {
            return Parsed.error("'" + text + "' is not " + (whole ? "a whole number" : "a number")
                    + "; type it with the digits 0 to 9.");
        }
        BigDecimal number;
        try {
            number = new BigDecimal(digits);
        } catch (NumberFormatException e) {
            return Parsed.error("'" + text + "' is not " + (whole ? "a whole number" : "a number") + ".");
        }
        if (whole && number.stripTrailingZeros().scale() > 0) {
            return Parsed.error(name + " is a whole number, not " + text + ".");
        }
        String range = LIMITS.getProperty(attribute.getEContainingClass().getName() + "." + attribute.getName(), "0..");
        String[] ends = range.split("\\.\\.", -1);
        if (!ends[0].isBlank() && number.compareTo(new BigDecimal(ends[0].strip())) < 0) {
            return Parsed.error(ends[0].strip().equals("0") ? name + " cannot be negative."
                    : name + " cannot be less than " + ends[0].strip() + ".");
        }
        if (ends.length > 1 && !ends[1].isBlank() && number.compareTo(new BigDecimal(ends[1].strip())) > 0) {
            return Parsed.error(name + " cannot be more than " + ends[1].strip() + ".");
        }
        if (number.compareTo(BigDecimal.valueOf(ValueLimits.MOST)) > 0) {
            return Parsed.error(text + " is too large for " + Vocabulary.inSentence(name) + ".");
        }
        Class<?> kind = attribute.getEAttributeType().getInstanceClass();
        if (whole) {
            return Parsed.value(number.intValueExact());
        }
        return Parsed.value(kind == BigDecimal.class ? number : (Object) number.doubleValue());
    }

    private static Parsed date(String text, String name) {
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.matches()) {
            return day(text, iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher us = US_DATE.matcher(text);
        if (us.matches()) {
            return day(text, us.group(3), us.group(1), us.group(2));
        }
        Matcher words = WORD_DATE.matcher(text);
        if (words.matches()) {
            Month month = month(words.group(1));
            if (month != null) {
                return day(text, words.group(3), String.valueOf(month.getValue()), words.group(2));
            }
        }
        return Parsed.error("'" + text + "' is not a date; type it as Apr 30, 2027, 4/30/2027 or 2027-04-30.");
    }

    private static Month month(String word) {
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.US);
            if (full.equalsIgnoreCase(word) || full.substring(0, 3).equalsIgnoreCase(word)) {
                return month;
            }
        }
        return null;
    }

    private static Parsed day(String text, String year, String month, String day) {
        int y = Integer.parseInt(year);
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        if (m < 1 || m > 12) {
            return Parsed.error("'" + text + "' is not a date: there is no month " + m + ".");
        }
        try {
            LocalDate date = LocalDate.of(y, m, d);
            return ValueLimits.allows(date) ? Parsed.value(date)
                    : Parsed.error("'" + text + "' is too far off: " + ValueLimits.dateRange() + ".");
        } catch (DateTimeException e) {
            return Parsed.error("There is no " + Month.of(m).getDisplayName(TextStyle.FULL, Locale.US) + " " + d
                    + " in " + y + ".");
        }
    }
}
