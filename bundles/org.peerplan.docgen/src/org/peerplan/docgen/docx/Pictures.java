package org.peerplan.docgen.docx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.peerplan.diagram.render.Part;
import org.peerplan.docgen.Xhtml;
import org.peerplan.docgen.views.Figures;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Writes an inline SVG as a Word picture: a paragraph holding a {@code w:drawing} of the SVG itself, with the SVG
 * drawn as a PNG at {@value #DPI} dots per inch for readers that do not show SVG, as large as the SVG asks but never
 * wider than the text or taller than the page it is on (landscape for the plan's figures).
 */
final class Pictures {

    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static final String W = DocxWriter.W;

    private static final String ASVG = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";

    private static final String SVG_BLIP_EXTENSION = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";

    /** Print resolution: twice a screen's 96 pixels per inch. */
    private static final int DPI = 192;

    private static final long EMU_PER_INCH = 914_400;

    private static final long EMU_PER_TWIP = 635;

    /** A CSS pixel is 1/96 inch. */
    private static final long EMU_PER_PIXEL = EMU_PER_INCH / 96;

    /**
     * Room kept on the page below the tallest picture for its caption: half an inch. The figures' parts are cut to
     * leave room for a heading where their page has one (the timeline at a glance), so pictures need not.
     */
    private static final long CAPTION = 720;

    private final XMLStreamWriter xml;

    private final Media media;

    private final Figures figures;

    private final Sections sections;

    /** Draws the figures' PNGs while the document goes on being written. */
    private final Executor drawing;

    private SvgRasterizer rasterizer;

    Pictures(XMLStreamWriter xml, Media media, Figures figures, Sections sections, Executor drawing) {
        this.xml = xml;
        this.media = media;
        this.figures = figures;
        this.sections = sections;
        this.drawing = drawing;
    }

    /**
     * Writes the picture's paragraph. Its alternative text is the SVG's {@code <title>}, else its figure's caption; a
     * caption that follows it stays on its page.
     */
    void write(Element svg) throws XMLStreamException, IOException {
        SvgSize size = SvgSize.of(svg);
        long maxWidth = Sections.textWidth(sections.landscape()) * EMU_PER_TWIP;
        long maxHeight = (Sections.textHeight(sections.landscape()) - CAPTION) * EMU_PER_TWIP;
        double scale = Math.min(1, Math.min((double) maxWidth / (size.width() * EMU_PER_PIXEL),
                (double) maxHeight / (size.height() * EMU_PER_PIXEL)));
        long cx = Math.round(size.width() * EMU_PER_PIXEL * scale);
        long cy = Math.round(size.height() * EMU_PER_PIXEL * scale);
        // Only the engine's own figures are embedded as SVG too: other SVG a custom template brings is only drawn.
        int number = media.add(png(svg, (int) Math.round((double) cx / EMU_PER_INCH * DPI)),
                figurePart(svg).isPresent() ? Xhtml.bytes(svg) : null);

        xml.writeStartElement("w", "p", W);
        xml.writeStartElement("w", "pPr", W);
        if (next(svg) instanceof Element caption && caption.getLocalName().equals("figcaption")) {
            xml.writeEmptyElement("w", "keepNext", W);
        }
        xml.writeEmptyElement("w", "jc", W);
        xml.writeAttribute("w", W, "val", "center");
        xml.writeEndElement();
        xml.writeStartElement("w", "r", W);
        xml.writeStartElement("w", "drawing", W);
        inline(number, cx, cy, description(svg));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static String description(Element svg) {
        return Xhtml.svgTitle(svg).orElseGet(() -> {
            if (svg.getParentNode() instanceof Element figure && figure.getLocalName().equals("figure")) {
                NodeList captions = figure.getElementsByTagNameNS("*", "figcaption");
                if (captions.getLength() > 0) {
                    return Xhtml.words(captions.item(0));
                }
            }
            return "Diagram";
        });
    }

    private static Node next(Element element) {
        Node next = element.getNextSibling();
        while (next != null && !(next instanceof Element)) {
            next = next.getNextSibling();
        }
        return next;
    }

    /** A part of one of the plan's figures. */
    private record Shown(Figures.Figure figure, Part part) {
    }

    /** The figure and the part of it that an inline SVG shows, when it is one of the plan's figures. */
    private Optional<Shown> figurePart(Element svg) {
        if (svg.getParentNode() instanceof Element part && part.hasAttribute("data-figure")) {
            Optional<Figures.Figure> figure = figures.named(part.getAttribute("data-figure"));
            int index = Integer.parseInt(part.getAttribute("data-part"));
            if (figure.isPresent() && index < figure.get().parts().size()) {
                return Optional.of(new Shown(figure.get(), figure.get().parts().get(index)));
            }
        }
        return Optional.empty();
    }

    /** The plan's figures are drawn side by side; other SVG here, by Batik, whose drawing is not to be shared. */
    private Future<byte[]> png(Element svg, int pixelWidth) throws IOException {
        Optional<Shown> shown = figurePart(svg);
        if (shown.isPresent()) {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return FigurePictures.png(shown.get().figure().diagram(), shown.get().part(), pixelWidth);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, drawing);
        }
        if (rasterizer == null) {
            // Made for the first picture only: it loads the fonts, which a document without diagrams never needs.
            rasterizer = new SvgRasterizer();
        }
        return CompletableFuture.completedFuture(rasterizer.png(svg, pixelWidth));
    }

    private void inline(int number, long cx, long cy, String description) throws XMLStreamException {
        String name = "Diagram " + number;
        xml.writeStartElement("wp", "inline", WP);
        for (String distance : new String[] { "distT", "distB", "distL", "distR" }) {
            xml.writeAttribute(distance, "0");
        }
        size("wp", WP, "extent", cx, cy);
        xml.writeEmptyElement("wp", "docPr", WP);
        xml.writeAttribute("id", Integer.toString(number));
        xml.writeAttribute("name", name);
        xml.writeAttribute("descr", description);
        xml.writeStartElement("wp", "cNvGraphicFramePr", WP);
        xml.writeEmptyElement("a", "graphicFrameLocks", A);
        xml.writeAttribute("noChangeAspect", "1");
        xml.writeEndElement();
        xml.writeStartElement("a", "graphic", A);
        xml.writeStartElement("a", "graphicData", A);
        xml.writeAttribute("uri", PIC);
        picture(number, cx, cy, name, description);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void picture(int number, long cx, long cy, String name, String description) throws XMLStreamException {
        xml.writeStartElement("pic", "pic", PIC);
        xml.writeStartElement("pic", "nvPicPr", PIC);
        xml.writeEmptyElement("pic", "cNvPr", PIC);
        xml.writeAttribute("id", "0");
        xml.writeAttribute("name", name);
        xml.writeAttribute("descr", description);
        xml.writeEmptyElement("pic", "cNvPicPr", PIC);
        xml.writeEndElement();
        xml.writeStartElement("pic", "blipFill", PIC);
        xml.writeStartElement("a", "blip", A);
        xml.writeAttribute("r", R, "embed", Media.relationshipId(number));
        if (media.hasSvg(number)) {
            // Office's extension for an SVG shown in place of the PNG, which stays for readers without it.
            xml.writeStartElement("a", "extLst", A);
            xml.writeStartElement("a", "ext", A);
            xml.writeAttribute("uri", SVG_BLIP_EXTENSION);
            xml.writeEmptyElement("asvg", "svgBlip", ASVG);
            xml.writeNamespace("asvg", ASVG);
            xml.writeAttribute("r", R, "embed", Media.svgRelationshipId(number));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeStartElement("a", "stretch", A);
        xml.writeEmptyElement("a", "fillRect", A);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("pic", "spPr", PIC);
        xml.writeStartElement("a", "xfrm", A);
        xml.writeEmptyElement("a", "off", A);
        xml.writeAttribute("x", "0");
        xml.writeAttribute("y", "0");
        size("a", A, "ext", cx, cy);
        xml.writeEndElement();
        xml.writeStartElement("a", "prstGeom", A);
        xml.writeAttribute("prst", "rect");
        xml.writeEmptyElement("a", "avLst", A);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void size(String prefix, String namespace, String element, long cx, long cy) throws XMLStreamException {
        xml.writeEmptyElement(prefix, element, namespace);
        xml.writeAttribute("cx", Long.toString(cx));
        xml.writeAttribute("cy", Long.toString(cy));
    }
}
