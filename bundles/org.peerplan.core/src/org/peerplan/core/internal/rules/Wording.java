package org.peerplan.core.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.peerplan.core.plan.Labels;

/** Putting plan values into a consultant's words, and finding words and phrases in free text (R23, R24). */
final class Wording {

    private Wording() {
    }

    /**
     * A case-insensitive pattern for a phrase as whole words, with any run of spaces between its words and an
     * optional plural ending, so that "case load" also finds "Case  loads" but "patient" does not find "outpatient".
     */
    static Pattern phrase(String phrase) {
        String words = String.join("\\s+", List.of(phrase.strip().split("\\s+")).stream().map(Pattern::quote).toList());
        return wholeWords(words + "(?:s|es)?");
    }

    /** A case-insensitive pattern for {@code regex} that matches only where whole words begin and end. */
    static Pattern wholeWords(String regex) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The distinct stretches of {@code text} that the patterns find, lower-cased, in pattern order. */
    static List<String> find(String text, List<Pattern> patterns) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                String match = matcher.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                if (!found.contains(match)) {
                    found.add(match);
                }
            }
        }
        return found;
    }

    /** "'a'", "'a' and 'b'", "'a', 'b' and 'c'". */
    static String quoted(List<String> terms) {
        return list(terms.stream().map(t -> "'" + t + "'").toList());
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** An enumeration literal in words: NEEDS_REVISION becomes "needs revision". */
    static String words(Enumerator literal) {
        return Labels.words(literal);
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String count(int n, String singular, String plural) {
        return Labels.count(n, singular, plural);
    }
}

