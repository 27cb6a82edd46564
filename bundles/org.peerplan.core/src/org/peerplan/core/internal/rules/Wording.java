package org.peerplan.core.internal.rules;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;

/** How the readiness and hiring rules put plan values into a consultant's words. */
final class Wording {

    private Wording() {
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** An enumeration literal in words: NEEDS_REVISION becomes "needs revision". */
    static String words(Enumerator literal) {
        return literal.getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** "1 question", "3 questions". */
    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
