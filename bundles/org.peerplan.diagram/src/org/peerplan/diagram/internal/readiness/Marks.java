package org.peerplan.diagram.internal.readiness;

import org.peerplan.diagram.Palette;
import org.peerplan.diagram.Style;
import org.peerplan.model.CompetencyRating;

/**
 * The dashboard's styles. Answers are coloured the same way in the quiz and in the competency tallies (yes and True
 * green, no and False vermillion, partly yellow, no answer white with a dashed outline), and every coloured mark also
 * carries its meaning in a letter, a word or a position, so the page still reads in grey.
 */
final class Marks {

    static final Style YES = Palette.GOOD;
    /** A heavier outline than yes, so that the two still differ in a grey print. */
    static final Style NO = new Style("#fbe0cc", Palette.VERMILLION, 1.75, null, Palette.TEXT);
    /** Solid, unlike the dotted outline of a disputed quiz item, which shares the yellow. */
    static final Style PARTLY = new Style("#fcf8d2", Palette.ORANGE, 1, null, Palette.TEXT);
    static final Style OPEN = new Style(Palette.PAPER, Palette.GREY, 1, "3 2", Palette.MUTED_TEXT);

    /** The band the organization's count falls in. */
    static final Style THIS_BAND = new Style("#dcecf7", Palette.BLUE, 2.5, null, Palette.TEXT);
    static final Style OTHER_BAND = new Style(Palette.PAPER, Palette.GREY, 1, null, Palette.MUTED_TEXT);
    /** The organization's True count on the band scale, and the line that carries it through the respondents. */
    static final Style ORGANIZATION = new Style(Palette.BLUE, Palette.BLUE, 1, null, Palette.TEXT);
    static final Style ORGANIZATION_LINE = new Style(null, Palette.BLUE, 1.5, "6 3", Palette.TEXT);
    /** A respondent's own True count. */
    static final Style RESPONDENT = new Style("#ffffff", Palette.BLACK, 1.5, null, Palette.TEXT);
    static final Style RESPONDENT_BAR = new Style(Palette.LIGHT_GREY, Palette.GREY, 0.75, null, Palette.TEXT);

    /** Alternate rows of a table, so that a long row can be followed across the page. */
    static final Style STRIPE = new Style("#eef3f8", null, 0, null, Palette.TEXT);
    static final Style PLAIN_ROW = Palette.TEXT_ONLY;

    private Marks() {
    }

    /** Strong ratings look good, partial ones call for attention, weak and absent ones for action. */
    static Style rating(CompetencyRating rating) {
        return switch (rating) {
            case ESTABLISHED -> Palette.GOOD;
            case PARTIALLY_IN_PLACE -> Palette.CAUTION;
            case EMERGING -> NO;
            case NOT_IN_PLACE -> Palette.PROBLEM;
            case NOT_RATED -> OPEN;
        };
    }
}
