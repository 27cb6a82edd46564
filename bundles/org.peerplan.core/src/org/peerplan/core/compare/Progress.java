package org.peerplan.core.compare;

/**
 * How a stage or the plan stands, told by a word and a shape as well as a colour, so that it reads in black and white
 * and for readers who do not tell red from green. Ordered from best to worst.
 */
public enum Progress {
    DONE("Done", "✓", "#4d4d4d"),
    ON_TRACK("On track", "●", "#1b7837"),
    AT_RISK("At risk", "▲", "#b35806"),
    LATE("Late", "■", "#b2182b");

    private final String word;

    private final String shape;

    private final String colour;

    Progress(String word, String shape, String colour) {
        this.word = word;
        this.shape = shape;
        this.colour = colour;
    }

    public String word() {
        return word;
    }

    /** A character every document font draws: ✓ ● ▲ ■. */
    public String shape() {
        return shape;
    }

    /** As {@code #rrggbb}. */
    public String colour() {
        return colour;
    }

    Progress worse(Progress other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
