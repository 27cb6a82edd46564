package org.peerplan.docgen.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.peerplan.docgen.Xhtml;
import org.peerplan.docgen.views.Figures;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Turns a document's XHTML into a DOCX. Block elements become paragraphs (h1–h3 with Word's Heading styles, lists
 * with Word numbering, callouts and details with their own styles), tables become Word tables with a repeating
 * header row, inline SVG diagrams become pictures (a figure's caption a paragraph in Word's Caption style), and
 * inline emphasis becomes run formatting. Text is written through an {@link XMLStreamWriter}, so
 * plan text is XML-escaped by construction.
 */
public final class DocxWriter {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static final Set<String> BLOCKS = Set.of("div", "p", "section", "nav", "ul", "ol", "table", "h1", "h2",
            "h3", "h4", "figure", "figcaption", "svg");

    private static final Set<String> SKIPPED = Set.of("head", "style", "title", "script");

    /** Writes the DOCX of a document without figures of the plan's diagrams. */
    public void write(String xhtml, String title, OutputStream out) throws IOException {
        write(xhtml, title, new Figures(), out);
    }

    /** Writes the DOCX of a document whose figures are among {@code figures}: their pictures are drawn from them. */
    public void write(String xhtml, String title, Figures figures, OutputStream out) throws IOException {
        Element body = (Element) Xhtml.parse(xhtml).getElementsByTagNameNS("*", "body").item(0);
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        Media media = new Media();
        // A large plan's pictures take most of the time: one drawn on each processor while the text is written.
        ExecutorService drawing = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "DOCX pictures");
            thread.setDaemon(true);
            return thread;
        });
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(document, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("w", "document", W);
            xml.writeNamespace("w", W);
            // Pictures' namespaces, declared once on the root as Word itself does.
            xml.writeNamespace("r", Pictures.R);
            xml.writeNamespace("wp", Pictures.WP);
            xml.writeNamespace("a", Pictures.A);
            xml.writeNamespace("pic", Pictures.PIC);
            xml.writeStartElement("w", "body", W);
            Sections sections = new Sections(xml);
            new Body(xml, new Pictures(xml, media, figures, sections, drawing), sections, contents(body))
                    .flow(body, null);
            sections.finish();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            DocxPackage.write(out, document.toByteArray(), CoreProperties.xml(title), media, Map.of(
                    PageFrame.HEADER_PART, PageFrame.header(runningHeader(body, title)),
                    PageFrame.FOOTER_PART, PageFrame.footer()));
        } catch (XMLStreamException e) {
            throw new IOException("the DOCX body cannot be written: " + e.getMessage(), e);
        } finally {
            drawing.shutdownNow();
        }
    }

    /** The words the XHTML gives its pages' running header, else the document's title. */
    private static String runningHeader(Element body, String title) {
        NodeList divs = body.getElementsByTagNameNS("*", "div");
        for (int i = 0; i < divs.getLength(); i++) {
            Element div = (Element) divs.item(i);
            if (div.getAttribute("class").contains("running")) {
                return div.getTextContent().strip();
            }
        }
        return title;
    }

    /** The headings the table of contents lists: every h1 and h2 but the cover's title and the contents' own. */
    private static List<TableOfContents.Entry> contents(Element body) {
        List<TableOfContents.Entry> entries = new ArrayList<>();
        NodeList all = body.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String name = element.getLocalName();
            if ((name.equals("h1") || name.equals("h2")) && !hasAncestor(element, parent -> parent.getLocalName().equals("nav"))
                    && !ancestorHasClass(element, "cover")) {
                entries.add(new TableOfContents.Entry(name.charAt(1) - '0',
                        element.getTextContent().strip().replaceAll("\\s+", " ")));
            }
        }
        return entries;
    }

    private static boolean ancestorHasClass(Element element, String cssClass) {
        return hasAncestor(element, parent -> parent.getAttribute("class").contains(cssClass));
    }

    private static boolean hasAncestor(Element element, Predicate<Element> test) {
        for (Node node = element.getParentNode(); node instanceof Element parent; node = parent.getParentNode()) {
            if (test.test(parent)) {
                return true;
            }
        }
        return false;
    }

    /** Writes the body, one XHTML element at a time. */
    private static final class Body implements Tables.CellWriter {

        private final XMLStreamWriter xml;

        private final Runs runs;

        private final Pictures pictures;

        private final Sections sections;

        private final List<TableOfContents.Entry> contents;

        private boolean titleWritten;

        /** How the paragraphs being written are aligned, when not as their style says. */
        private String alignment;

        /** Inside a figure of the plan's or the timeline at a glance, which have landscape pages as in the PDF. */
        private boolean inFigure;

        Body(XMLStreamWriter xml, Pictures pictures, Sections sections, List<TableOfContents.Entry> contents) {
            this.xml = xml;
            this.runs = new Runs(xml);
            this.pictures = pictures;
            this.sections = sections;
            this.contents = contents;
        }

        @Override
        public void cell(Element cell, boolean number) throws XMLStreamException, IOException {
            alignment = number ? "right" : null;
            flow(cell, null);
            alignment = null;
        }

        /**
         * Writes an element's content: consecutive inline nodes become one paragraph of {@code style}, block children
         * are written in turn.
         */
        void flow(Element container, String style) throws XMLStreamException, IOException {
            List<Node> inline = new ArrayList<>();
            for (Node child = container.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element && BLOCKS.contains(element.getLocalName())) {
                    paragraph(inline, style, null);
                    inline.clear();
                    block(element, style);
                } else if (!(child instanceof Element element && SKIPPED.contains(element.getLocalName()))) {
                    inline.add(child);
                }
            }
            paragraph(inline, style, null);
        }

        private void block(Element element, String inheritedStyle) throws XMLStreamException, IOException {
            String name = element.getLocalName();
            String cssClass = element.getAttribute("class");
            switch (name) {
                case "h1", "h2", "h3", "h4" -> {
                    boolean cover = !titleWritten && ancestorHasClass(element, "cover");
                    titleWritten |= cover;
                    paragraph(List.of(element), cover ? "Title" : "Heading" + Math.min(3, name.charAt(1) - '0'), null);
                }
                case "ul", "ol" -> list(element, name.equals("ol") ? 2 : 1, 0);
                case "table" -> {
                    sections.turnTo(false);
                    new Tables(xml, this).table(element);
                }
                case "svg" -> {
                    sections.turnTo(inFigure);
                    pictures.write(element);
                }

                case "figcaption" -> paragraph(List.of(element), "Caption", null);
                case "nav" -> {
                    if (cssClass.contains("toc")) {
                        sections.turnTo(false);
                        flowHeadingsOnly(element);
                        TableOfContents.write(xml, contents);
                    }
                }
                default -> {
                    if (cssClass.contains("running")) {
                        return;
                    }
                    if (!inFigure && wide(element)) {
                        inFigure = true;
                        sections.turnTo(true);
                        flow(element, styleOf(cssClass, inheritedStyle));
                        inFigure = false;
                    } else {
                        flow(element, styleOf(cssClass, inheritedStyle));
                    }
                }
            }
        }

        /** A table of contents keeps its heading; Word builds the entries from the Heading styles. */
        private void flowHeadingsOnly(Element nav) throws XMLStreamException, IOException {
            for (Node child = nav.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element && element.getLocalName().matches("h[1-4]")) {
                    block(element, null);
                }
            }
        }

        /** A list's items at {@code level}; a list inside an item follows it one level deeper. */
        private void list(Element list, int numbering, int level) throws XMLStreamException {
            for (Node child = list.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element item && item.getLocalName().equals("li")) {
                    List<Node> inline = new ArrayList<>();
                    for (Node part = item.getFirstChild(); part != null; part = part.getNextSibling()) {
                        if (part instanceof Element nested && nested.getLocalName().matches("ul|ol")) {
                            paragraph(inline, "ListParagraph", numbering, level);
                            inline.clear();
                            list(nested, nested.getLocalName().equals("ol") ? 2 : 1, level + 1);
                        } else {
                            inline.add(part);
                        }
                    }
                    paragraph(inline, "ListParagraph", numbering, level);
                }
            }
        }

        void paragraph(List<Node> content, String style, Integer numbering) throws XMLStreamException {
            paragraph(content, style, numbering, 0);
        }

        private void paragraph(List<Node> content, String style, Integer numbering, int level)
                throws XMLStreamException {
            if (content.stream().allMatch(n -> n.getNodeType() == Node.TEXT_NODE && n.getTextContent().isBlank())) {
                return;
            }
            sections.turnTo(inFigure);
            xml.writeStartElement("w", "p", W);
            if (style != null || numbering != null || alignment != null) {
                xml.writeStartElement("w", "pPr", W);
                if (style != null) {
                    xml.writeEmptyElement("w", "pStyle", W);
                    xml.writeAttribute("w", W, "val", style);
                }
                if (numbering != null) {
                    xml.writeStartElement("w", "numPr", W);
                    xml.writeEmptyElement("w", "ilvl", W);
                    xml.writeAttribute("w", W, "val", Integer.toString(level));
                    xml.writeEmptyElement("w", "numId", W);
                    xml.writeAttribute("w", W, "val", numbering.toString());
                    xml.writeEndElement();
                }
                if (alignment != null) {
                    xml.writeEmptyElement("w", "jc", W);
                    xml.writeAttribute("w", W, "val", alignment);
                }
                xml.writeEndElement();
            }
            runs.write(content);
            xml.writeEndElement();
        }

        private static boolean wide(Element element) {
            String cssClass = element.getAttribute("class");
            return element.getLocalName().equals("figure") && cssClass.contains("diagram")
                    || element.getLocalName().equals("section") && cssClass.contains("glance");
        }

        private static String styleOf(String cssClass, String inherited) {
            if (cssClass.contains("callout")) {
                return "Callout";
            }
            if (cssClass.contains("detail") || cssClass.contains("meta")) {
                return "Detail";
            }
            return inherited;
        }
    }
}
