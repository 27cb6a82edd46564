package org.peerplan.model.provider.words;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The names a consultant reads for the metamodel's classes, features and enumeration literals: the entries of
 * {@code words.properties} where the model's own names read badly, and otherwise those names spelled out in sentence
 * case ("durationDays" as "Duration days", {@code NOT_STARTED} as "Not started").
 */
public final class Vocabulary {

    private static final Properties WORDS = load();

    private Vocabulary() {
    }

    private static Properties load() {
        Properties words = new Properties();
        try (InputStream in = Vocabulary.class.getResourceAsStream("words.properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled words.properties cannot be read", e);
        }
        return words;
    }

    /** "Root-cause analysis" for RootCauseAnalysis. */
    public static String type(EClass type) {
        return WORDS.getProperty(type.getName(), sentence(spaced(type.getName())));
    }

    /** "Duration (working days)" for Task.durationDays: the feature as a column header or a field label says it. */
    public static String feature(EStructuralFeature feature) {
        String key = feature.getEContainingClass().getName() + "." + feature.getName();
        return WORDS.getProperty(key, sentence(spaced(feature.getName())));
    }

    /**
     * "Processes & Procedures" for {@code RootCauseCategory.PROCESSES_AND_PROCEDURES}; the generated enumerations are
     * Java enums named as in the model, so the class names the enumeration.
     */
    public static String literal(Enumerator literal) {
        String key = literal.getClass().getSimpleName() + "." + literal.getName();
        return WORDS.getProperty(key, sentence(literal.getName().replace('_', ' ').toLowerCase(Locale.ROOT)));
    }

    /** "duration (working days)" for "Duration (working days)" in the middle of a sentence; "FTE" stays as it is. */
    public static String inSentence(String words) {
        return words.length() > 1 && Character.isUpperCase(words.charAt(1)) ? words
                : words.substring(0, 1).toLowerCase(Locale.ROOT) + words.substring(1);
    }

    private static String spaced(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String sentence(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
