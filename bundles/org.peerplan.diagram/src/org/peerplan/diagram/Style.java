package org.peerplan.diagram;

/**
 * How a shape or line is painted. Colours are {@code #rrggbb} or {@code null} for none. Meaning never rests on colour
 * alone: styles that mark something also differ in line weight or dash, so a page printed in grey still tells them
 * apart (see {@link Palette}).
 *
 * @param dash SVG dash pattern such as {@code "6 3"}, or {@code null} for a solid line
 */
public record Style(String fill, String stroke, double strokeWidth, String dash, String textColor) {

    public Style withFill(String newFill) {
        return new Style(newFill, stroke, strokeWidth, dash, textColor);
    }
}
