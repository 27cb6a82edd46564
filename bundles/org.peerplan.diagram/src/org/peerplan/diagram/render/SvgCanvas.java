package org.peerplan.diagram.render;

import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.peerplan.diagram.Box;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Point;
import org.peerplan.diagram.Shape;
import org.peerplan.diagram.Style;
import org.peerplan.diagram.text.Typeface;
import org.peerplan.diagram.text.VisibleText;

/**
 * Writes SVG 1.1 through an XML stream writer, so every text is escaped by construction. Elements shown in the
 * diagram become groups carrying their id, the plan element's reference ({@code data-ref}) and a {@code <title>}
 * tooltip; the drawing has a title and description for screen readers. No scripts, no external references.
 */
final class SvgCanvas implements Canvas {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final double CORNER_RADIUS = 6;

    private final XMLStreamWriter xml;
    /** Element ids start with the diagram's name, so that several diagrams can share one HTML page. */
    private String idPrefix = "";
    private final String idSuffix;
    private final Double nestedAt;

    /** The part of the diagram drawn: all of it, or one band of a diagram cut for pages. */
    private final Box viewport;

    /**
     * @param viewport the part of the diagram to show, or {@code null} for all of it
     * @param idSuffix  added to the diagram's name in element ids, so that parts of one diagram differ
     * @param nestedAt  the y at which this drawing sits inside an enclosing {@code <svg>}, or {@code null} for a
     *                  drawing of its own
     */
    SvgCanvas(Writer out, Box viewport, String idSuffix, Double nestedAt) {
        this.viewport = viewport;
        this.idSuffix = idSuffix;
        this.nestedAt = nestedAt;
        try {
            this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("No XML writer is available for SVG.", e);
        }
    }

    @Override
    public void begin(Diagram diagram) {
        idPrefix = diagram.name() + idSuffix + "-";
        Box shown = viewport != null ? viewport : new Box(0, 0, diagram.width(), diagram.height());
        write(() -> {
            xml.writeStartElement("svg");
            xml.writeDefaultNamespace(SVG);
            xml.writeAttribute("version", "1.1");
            if (nestedAt != null) {
                xml.writeAttribute("x", "0");
                xml.writeAttribute("y", number(nestedAt));
            }
            xml.writeAttribute("width", number(shown.width()));
            xml.writeAttribute("height", number(shown.height()));
            xml.writeAttribute("viewBox", number(shown.x()) + " " + number(shown.y()) + " " + number(shown.width())
                    + " " + number(shown.height()));
            xml.writeAttribute("role", "img");
            xml.writeAttribute("aria-labelledby", idPrefix + "title " + idPrefix + "desc");
            xml.writeAttribute("font-family", Typeface.CSS_FAMILY);
            element("title", idPrefix + "title", diagram.title());
            element("desc", idPrefix + "desc", diagram.description());
            xml.writeEmptyElement("rect");
            xml.writeAttribute("x", number(shown.x()));
            xml.writeAttribute("y", number(shown.y()));
            xml.writeAttribute("width", number(shown.width()));
            xml.writeAttribute("height", number(shown.height()));
            xml.writeAttribute("fill", "#ffffff");
        });
    }

    private void element(String name, String id, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute("id", id);
        xml.writeCharacters(VisibleText.of(text));
        xml.writeEndElement();
    }

    @Override
    public void beginGroup(String id, String ref, String tooltip) {
        write(() -> {
            xml.writeStartElement("g");
            xml.writeAttribute("id", idPrefix + id);
            if (ref != null) {
                xml.writeAttribute("data-ref", VisibleText.of(ref));
            }
            if (tooltip != null) {
                xml.writeStartElement("title");
                xml.writeCharacters(VisibleText.of(tooltip));
                xml.writeEndElement();
            }
        });
    }

    @Override
    public void endGroup() {
        write(xml::writeEndElement);
    }

    @Override
    public void shape(Shape shape, Box box, Style style) {
        write(() -> {
            switch (shape) {
                case RECTANGLE, ROUNDED -> {
                    xml.writeEmptyElement("rect");
                    xml.writeAttribute("x", number(box.x()));
                    xml.writeAttribute("y", number(box.y()));
                    xml.writeAttribute("width", number(box.width()));
                    xml.writeAttribute("height", number(box.height()));
                    if (shape == Shape.ROUNDED) {
                        xml.writeAttribute("rx", number(CORNER_RADIUS));
                    }
                    paint(style);
                }
                case ELLIPSE -> {
                    xml.writeEmptyElement("ellipse");
                    xml.writeAttribute("cx", number(box.centerX()));
                    xml.writeAttribute("cy", number(box.centerY()));
                    xml.writeAttribute("rx", number(box.width() / 2));
                    xml.writeAttribute("ry", number(box.height() / 2));
                    paint(style);
                }
                case DIAMOND -> points("polygon", Shapes.diamond(box), style);
                case LINE -> points("polyline", Shapes.middleLine(box), style.withFill(null));
                case NONE -> {
                    // Only the labels are drawn.
                }
            }
        });
    }

    @Override
    public void polyline(List<Point> points, Style style) {
        write(() -> points("polyline", points, style.withFill(null)));
    }

    @Override
    public void polygon(List<Point> points, Style style) {
        write(() -> points("polygon", points, style));
    }

    private void points(String element, List<Point> points, Style style) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute("points",
                points.stream().map(p -> number(p.x()) + "," + number(p.y())).collect(Collectors.joining(" ")));
        paint(style);
    }

    private void paint(Style style) throws XMLStreamException {
        xml.writeAttribute("fill", style.fill() == null ? "none" : style.fill());
        if (style.stroke() == null || style.strokeWidth() <= 0) {
            return;
        }
        xml.writeAttribute("stroke", style.stroke());
        xml.writeAttribute("stroke-width", number(style.strokeWidth()));
        xml.writeAttribute("stroke-linejoin", "round");
        if (style.dash() != null) {
            xml.writeAttribute("stroke-dasharray", style.dash());
        }
    }

    @Override
    public void text(String line, double x, double baseline, double size, boolean bold, Label.Align align,
            String color) {
        write(() -> {
            xml.writeStartElement("text");
            xml.writeAttribute("x", number(x));
            xml.writeAttribute("y", number(baseline));
            xml.writeAttribute("font-size", number(size));
            if (bold) {
                xml.writeAttribute("font-weight", "bold");
            }
            if (align != Label.Align.START) {
                xml.writeAttribute("text-anchor", align == Label.Align.MIDDLE ? "middle" : "end");
            }
            xml.writeAttribute("fill", color);
            xml.writeCharacters(line);
            xml.writeEndElement();
        });
    }

    @Override
    public void end() {
        write(() -> {
            xml.writeEndElement();
            xml.flush();
        });
    }

    /** Two decimals at most, without trailing zeros ("12", "12.5", "12.25"): a diagram writes tens of thousands. */
    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        if (text.charAt(end - 1) == '.') {
            end--;
        }
        return text.substring(0, end);
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }

    private void write(XmlStep step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing SVG failed: " + e.getMessage(), e);
        }
    }
}
