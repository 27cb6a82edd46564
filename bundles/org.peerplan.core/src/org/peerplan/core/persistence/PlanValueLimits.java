package org.peerplan.core.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What a value in a plan file may be, beyond what its type can parse: every quantity in a plan (days, hours, money,
 * counts, shares of a post) is a finite number from zero to a billion written in the digits 0 to 9; every date lies
 * between 1900 and 2199; a name or title is at most {@value #NAME_LENGTH} characters and any other text at most
 * {@value #TEXT_LENGTH}. Java would accept more (digits of other scripts, 1e400 as infinity, year 99999); a plan
 * that holds such a value was not written by a person planning an agency's rollout, and every report would carry it.
 */
final class PlanValueLimits {

    static final int NAME_LENGTH = 300;

    static final int TEXT_LENGTH = 10_000;

    private static final Set<String> NAMES = Set.of("name", "title");

    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private static final BigDecimal MOST = BigDecimal.valueOf(1_000_000_000L);

    private PlanValueLimits() {
    }

    /** Checks the text of a value before it is parsed. */
    static void checkText(EStructuralFeature feature, String text) {
        Class<?> type = feature.getEType().getInstanceClass();
        if (type == String.class) {
            int most = NAMES.contains(feature.getName()) ? NAME_LENGTH : TEXT_LENGTH;
            if (text.length() > most) {
                throw new ValueRefusedException(String.format("it is %,d characters long, and a %s holds at most %,d",
                        text.length(), LoadFailures.words(feature), most));
            }
        } else if (isNumber(type) && !NUMBER.matcher(text.trim()).matches()) {
            throw new ValueRefusedException("numbers are written with the digits 0 to 9");
        }
    }

    /** Checks the value once parsed. */
    static void checkValue(EStructuralFeature feature, Object value) {
        if (value instanceof Number number) {
            BigDecimal decimal;
            if (number instanceof Double || number instanceof Float) {
                if (!Double.isFinite(number.doubleValue())) {
                    throw new ValueRefusedException("it is too large to be a number of a plan");
                }
                decimal = BigDecimal.valueOf(number.doubleValue());
            } else {
                decimal = number instanceof BigDecimal big ? big : new BigDecimal(number.toString());
            }
            if (decimal.signum() < 0) {
                throw new ValueRefusedException(LoadFailures.words(feature) + " cannot be negative");
            }
            if (decimal.compareTo(MOST) > 0) {
                throw new ValueRefusedException("it is more than a billion, which no plan needs");
            }
        } else if (value instanceof LocalDate date && (date.getYear() < 1900 || date.getYear() > 2199)) {
            throw new ValueRefusedException("a plan's dates lie between the years 1900 and 2199");
        }
    }

    private static boolean isNumber(Class<?> type) {
        return type != null && (Number.class.isAssignableFrom(type) || type == int.class || type == double.class
                || type == long.class || type == float.class);
    }

    static boolean isData(EStructuralFeature feature) {
        return feature.getEType() instanceof EDataType;
    }
}
