package org.peerplan.docgen.docx;

import java.io.IOException;

import org.w3c.dom.Element;

/**
 * The size an inline SVG asks for, in CSS pixels: its {@code width} and {@code height} attributes (plain numbers or
 * pixels), else its {@code viewBox}, as a browser sizes an {@code <svg>} without CSS.
 */
record SvgSize(double width, double height) {

    static SvgSize of(Element svg) throws IOException {
        Double width = pixels(svg.getAttribute("width"));
        Double height = pixels(svg.getAttribute("height"));
        if (width != null && height != null) {
            return new SvgSize(width, height);
        }
        String[] viewBox = svg.getAttribute("viewBox").trim().split("[\\s,]+");
        if (viewBox.length == 4) {
            Double boxWidth = pixels(viewBox[2]);
            Double boxHeight = pixels(viewBox[3]);
            if (boxWidth != null && boxHeight != null) {
                return new SvgSize(boxWidth, boxHeight);
            }
        }
        throw new IOException("an inline <svg> needs a width and height in pixels or a viewBox, to be"
                + " placed in a DOCX; this one has width=\"" + svg.getAttribute("width") + "\", height=\""
                + svg.getAttribute("height") + "\" and viewBox=\"" + svg.getAttribute("viewBox") + "\"");
    }

    private static Double pixels(String length) {
        String number = length.trim().replaceFirst("px$", "");
        try {
            double value = Double.parseDouble(number);
            return value > 0 && Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
