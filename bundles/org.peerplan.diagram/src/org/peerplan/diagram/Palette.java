package org.peerplan.diagram;

/**
 * The diagrams' colours: the Okabe–Ito palette, which people with the common colour-vision deficiencies tell apart,
 * used as strokes and markers on light tints of the same hues, with dark text. Each style that carries a meaning also
 * has its own line weight or dash, so the distinction survives a grey print.
 */
public final class Palette {

    public static final String BLACK = "#000000";
    public static final String TEXT = "#1a1a1a";
    public static final String MUTED_TEXT = "#4d4d4d";
    public static final String GREY = "#7f7f7f";
    public static final String LIGHT_GREY = "#d9d9d9";
    public static final String PAPER = "#ffffff";
    public static final String ORANGE = "#e69f00";
    public static final String BLUISH_GREEN = "#009e73";
    public static final String BLUE = "#0072b2";
    public static final String VERMILLION = "#d55e00";
    public static final String REDDISH_PURPLE = "#cc79a7";

    /** An ordinary element: pale blue with a thin blue outline. */
    public static final Style NORMAL = new Style("#dcecf7", BLUE, 1, null, TEXT);
    /** A grouping container (a stage lane, a bone's area): almost white, hairline grey outline. */
    public static final Style CONTAINER = new Style("#f7f7f7", GREY, 0.75, null, TEXT);
    /** Something finished or in good shape: pale green, thin green outline. */
    public static final Style GOOD = new Style("#d4efe6", BLUISH_GREEN, 1, null, TEXT);
    /** On the critical path or decisive: pale orange with a heavy vermillion outline. */
    public static final Style CRITICAL = new Style("#fbe0cc", VERMILLION, 2.5, null, TEXT);
    /** A gap the reader must act on (an orphan, a rule violation): white with a heavy dashed vermillion outline. */
    public static final Style PROBLEM = new Style(PAPER, VERMILLION, 2, "6 3", TEXT);
    /** Needs attention but is not a violation: pale yellow, dotted orange outline. */
    public static final Style CAUTION = new Style("#fcf8d2", ORANGE, 1.5, "2 2", TEXT);
    /** Plain text with no shape. */
    public static final Style TEXT_ONLY = new Style(null, null, 0, null, TEXT);
    /** Axes, bones and connectors. */
    public static final Style LINE = new Style(null, "#404040", 1.25, null, TEXT);
    /** Grid lines and other quiet guides. */
    public static final Style GRID = new Style(null, LIGHT_GREY, 0.75, null, MUTED_TEXT);

    private Palette() {
    }
}
