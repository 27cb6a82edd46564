package org.peerplan.docgen.docx;


import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The document's sections, as the PDF pages it: portrait US letter with one-inch margins, and landscape pages for the
 * plan's figures. A section is ended only when content of the other orientation comes, so figures that follow one
 * another share their landscape pages and no empty page is made between them.
 */
final class Sections {

    private static final String W = DocxWriter.W;

    /** US letter, in twentieths of a point. */
    private static final int SHORT_SIDE = 12240;

    private static final int LONG_SIDE = 15840;

    /**
     * The PDF's margins (18 mm at the sides, 22 mm at the top, 20 mm at the bottom), so that a figure laid out to
     * the PDF's landscape text width fits the DOCX's at the same size.
     */
    private static final int SIDE_MARGIN = 1020;

    private static final int TOP_MARGIN = 1247;

    private static final int BOTTOM_MARGIN = 1134;

    /** Where the running header and the page number sit, from the paper's edge: within the margins. */
    private static final int FRAME_DISTANCE = 567;

    private final XMLStreamWriter xml;

    private boolean landscape;

    Sections(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** The width between the margins of a page of the given orientation, in twentieths of a point. */
    static int textWidth(boolean landscape) {
        return (landscape ? LONG_SIDE : SHORT_SIDE) - 2 * SIDE_MARGIN;
    }

    /** The height between the margins of a page of the given orientation, in twentieths of a point. */
    static int textHeight(boolean landscape) {
        return (landscape ? SHORT_SIDE : LONG_SIDE) - TOP_MARGIN - BOTTOM_MARGIN;
    }

    boolean landscape() {
        return landscape;
    }

    /** Makes what is written next go on pages of the given orientation, ending the open section if it must. */
    void turnTo(boolean wanted) throws XMLStreamException {
        if (wanted != landscape) {
            xml.writeStartElement("w", "p", W);
            xml.writeStartElement("w", "pPr", W);
            properties(landscape);
            xml.writeEndElement();
            xml.writeEndElement();
            landscape = wanted;
        }
    }

    /** The last section's properties, which end the body. */
    void finish() throws XMLStreamException {
        properties(landscape);
    }

    private void properties(boolean wide) throws XMLStreamException {
        xml.writeStartElement("w", "sectPr", W);
        PageFrame.references(xml);
        xml.writeEmptyElement("w", "pgSz", W);
        xml.writeAttribute("w", W, "w", Integer.toString(wide ? LONG_SIDE : SHORT_SIDE));
        xml.writeAttribute("w", W, "h", Integer.toString(wide ? SHORT_SIDE : LONG_SIDE));
        if (wide) {
            xml.writeAttribute("w", W, "orient", "landscape");
        }
        xml.writeEmptyElement("w", "pgMar", W);
        xml.writeAttribute("w", W, "top", Integer.toString(TOP_MARGIN));
        xml.writeAttribute("w", W, "right", Integer.toString(SIDE_MARGIN));
        xml.writeAttribute("w", W, "bottom", Integer.toString(BOTTOM_MARGIN));
        xml.writeAttribute("w", W, "left", Integer.toString(SIDE_MARGIN));
        xml.writeAttribute("w", W, "header", Integer.toString(FRAME_DISTANCE));
        xml.writeAttribute("w", W, "footer", Integer.toString(FRAME_DISTANCE));
        xml.writeAttribute("w", W, "gutter", "0");
        xml.writeEndElement();
    }
}
