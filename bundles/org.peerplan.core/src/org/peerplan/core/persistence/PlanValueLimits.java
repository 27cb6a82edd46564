package org.peerplan.core.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.peerplan.model.limits.ValueLimits;

/**
 * Holds the values of a plan file to {@link ValueLimits}, and to what a file may spell: numbers in the digits 0 to 9
 * only, since Java would also read digits of other scripts, and 1e400 as infinity.
 */
final class PlanValueLimits {

    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private static final BigDecimal MOST = BigDecimal.valueOf(ValueLimits.MOST);

    private PlanValueLimits() {
    }

    /** Checks the text of a value before it is parsed. */
    static void checkText(EStructuralFeature feature, String text) {
        Class<?> type = feature.getEType().getInstanceClass();
        if (type == String.class) {
            int most = ValueLimits.length(feature);
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
        } else if (value instanceof LocalDate date && !ValueLimits.allows(date)) {
            throw new ValueRefusedException(ValueLimits.dateRange());
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
