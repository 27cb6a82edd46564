package org.peerplan.core.validation;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The rules' titles, kept as data in {@code rule-titles.properties} beside this class. */
public final class RuleTitles {

    private static final ResourceBundle TITLES = ResourceBundle.getBundle(
            "org.peerplan.core.validation.rule-titles", Locale.ROOT, RuleTitles.class.getClassLoader());

    private RuleTitles() {
    }

    /** The title of the rule {@code id}, or the id itself for a rule the catalog does not know (a waived id). */
    public static String of(String id) {
        try {
            return TITLES.getString(id);
        } catch (MissingResourceException unknown) {
            return id;
        }
    }
}
