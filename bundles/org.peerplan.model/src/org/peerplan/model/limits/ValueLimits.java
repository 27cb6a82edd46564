package org.peerplan.model.limits;

import java.time.LocalDate;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The bounds every plan holds to: a name or title is at most {@value #NAME_LENGTH} characters and any other text at
 * most {@value #TEXT_LENGTH}; every date lies in the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}; every quantity
 * (days, hours, money, counts) is from zero to {@value #MOST}. A value beyond them was not meant for a plan, and
 * every diagram and document would carry it.
 */
public final class ValueLimits {

    public static final int NAME_LENGTH = 300;

    public static final int TEXT_LENGTH = 10_000;

    public static final int FIRST_YEAR = 1900;

    public static final int LAST_YEAR = 2199;

    public static final long MOST = 1_000_000_000L;

    private static final Set<String> NAMES = Set.of("name", "title");

    private ValueLimits() {
    }

    /** How many characters a text of {@code feature} may have. */
    public static int length(EStructuralFeature feature) {
        return NAMES.contains(feature.getName()) ? NAME_LENGTH : TEXT_LENGTH;
    }

    public static boolean allows(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    /** Why a date cannot be a plan's, to follow the date in a sentence. */
    public static String dateRange() {
        return "a plan's dates lie between the years " + FIRST_YEAR + " and " + LAST_YEAR;
    }
}
