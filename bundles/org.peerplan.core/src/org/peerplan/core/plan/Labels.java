package org.peerplan.core.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.peerplan.model.catalog.CatalogItem;

/** Names plan elements the way a consultant would: "task 'Board buy-in'", "quiz answer to TQ-3". */
public final class Labels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private static final String[] NAMING_FEATURES = { "name", "title", "description", "text" };

    private Labels() {
    }

    public static String of(EObject object) {
        if (object instanceof CatalogItem item) {
            return item.getCode() + " " + item.getName();
        }
        String kind = kind(object);
        for (String featureName : NAMING_FEATURES) {
            EStructuralFeature feature = object.eClass().getEStructuralFeature(featureName);
            if (feature instanceof EAttribute && object.eGet(feature) instanceof String text && !text.isBlank()) {
                return kind + " '" + shorten(text) + "'";
            }
        }
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (!reference.isMany() && !reference.isContainment()
                    && object.eGet(reference, false) instanceof CatalogItem item && !item.eIsProxy()) {
                return kind + " for " + item.getCode() + " " + item.getName();
            }
        }
        return kind;
    }

    /** The class name in words: RootCauseAnalysis becomes "root cause analysis". */
    public static String kind(EObject object) {
        return words(object.eClass().getName());
    }

    /** An enumeration literal in words: NEEDS_REVISION becomes "needs revision". */
    public static String words(Enumerator literal) {
        return literal.getName().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public static String words(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** "1 question", "3 questions": a count for a reader, never "question(s)". */
    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** A phrase as the start of a sentence: its first letter upper case. */
    public static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "Mar 3, 2027", or "not set". */
    public static String day(LocalDate day) {
        return day == null ? "not set" : DAY.format(day);
    }

    /** "a", "a or b", "a, b or c": items as a sentence lists them, with the given last conjunction. */
    public static String joined(List<String> items, String conjunction) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
                + items.get(items.size() - 1);
    }

    private static String shorten(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
