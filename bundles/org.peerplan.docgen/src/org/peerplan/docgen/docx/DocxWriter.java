package org.peerplan.docgen.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Turns a document's XHTML into a DOCX. Block elements become paragraphs (h1–h3 with Word's Heading styles, lists
 * with Word numbering, callouts and details with their own styles), tables become Word tables with a repeating
 * header row, and inline emphasis becomes run formatting. Text is written through an {@link XMLStreamWriter}, so
 * plan text is XML-escaped by construction.
 */
public final class DocxWriter {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static final Set<String> BLOCKS = Set.of("div", "p", "section", "nav", "ul", "ol", "table", "h1", "h2",
            "h3", "h4");

    private static final Set<String> SKIPPED = Set.of("head", "style", "title", "script");

    public void write(String xhtml, String title, OutputStream out) throws IOException {
        Element body = (Element) parse(xhtml).getElementsByTagNameNS("*", "body").item(0);
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(document, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("w", "document", W);
            xml.writeNamespace("w", W);
            xml.writeStartElement("w", "body", W);
            new Body(xml).flow(body, null);
            writeSection(xml);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("the DOCX body cannot be written: " + e.getMessage(), e);
        }
        DocxPackage.write(out, document.toByteArray(), CoreProperties.xml(title));
    }

    private static org.w3c.dom.Document parse(String xhtml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("the document is not well-formed XHTML: " + e.getMessage(), e);
        }
    }

    /** US letter with one-inch margins, as the PDF. */
    private static void writeSection(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("w", "sectPr", W);
        xml.writeEmptyElement("w", "pgSz", W);
        xml.writeAttribute("w", W, "w", "12240");
        xml.writeAttribute("w", W, "h", "15840");
        xml.writeEmptyElement("w", "pgMar", W);
        for (String side : List.of("top", "right", "bottom", "left")) {
            xml.writeAttribute("w", W, side, "1440");
        }
        xml.writeAttribute("w", W, "header", "720");
        xml.writeAttribute("w", W, "footer", "720");
        xml.writeAttribute("w", W, "gutter", "0");
        xml.writeEndElement();
    }

    /** Writes the body, one XHTML element at a time. */
    private static final class Body implements Tables.CellWriter {

        private final XMLStreamWriter xml;

        private final Runs runs;

        private boolean titleWritten;

        Body(XMLStreamWriter xml) {
            this.xml = xml;
            this.runs = new Runs(xml);
        }

        @Override
        public void flow(Element cell) throws XMLStreamException {
            flow(cell, null);
        }

        /**
         * Writes an element's content: consecutive inline nodes become one paragraph of {@code style}, block children
         * are written in turn.
         */
        void flow(Element container, String style) throws XMLStreamException {
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

        private void block(Element element, String inheritedStyle) throws XMLStreamException {
            String name = element.getLocalName();
            String cssClass = element.getAttribute("class");
            switch (name) {
                case "h1", "h2", "h3", "h4" -> {
                    boolean cover = !titleWritten && ancestorHasClass(element, "cover");
                    titleWritten |= cover;
                    paragraph(List.of(element), cover ? "Title" : "Heading" + Math.min(3, name.charAt(1) - '0'), null);
                }
                case "ul", "ol" -> list(element, name.equals("ol") ? 2 : 1);
                case "table" -> new Tables(xml, this).table(element);
                case "nav" -> {
                    if (cssClass.contains("toc")) {
                        flowHeadingsOnly(element);
                        TableOfContents.write(xml);
                    }
                }
                default -> {
                    if (cssClass.contains("running")) {
                        return;
                    }
                    flow(element, styleOf(cssClass, inheritedStyle));
                }
            }
        }

        /** A table of contents keeps its heading; Word builds the entries from the Heading styles. */
        private void flowHeadingsOnly(Element nav) throws XMLStreamException {
            for (Node child = nav.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element && element.getLocalName().matches("h[1-4]")) {
                    block(element, null);
                }
            }
        }

        private void list(Element list, int numbering) throws XMLStreamException {
            for (Node child = list.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element item && item.getLocalName().equals("li")) {
                    paragraph(List.of(item), "ListParagraph", numbering);
                }
            }
        }

        void paragraph(List<Node> content, String style, Integer numbering) throws XMLStreamException {
            if (content.stream().allMatch(n -> n.getNodeType() == Node.TEXT_NODE && n.getTextContent().isBlank())) {
                return;
            }
            xml.writeStartElement("w", "p", W);
            if (style != null || numbering != null) {
                xml.writeStartElement("w", "pPr", W);
                if (style != null) {
                    xml.writeEmptyElement("w", "pStyle", W);
                    xml.writeAttribute("w", W, "val", style);
                }
                if (numbering != null) {
                    xml.writeStartElement("w", "numPr", W);
                    xml.writeEmptyElement("w", "ilvl", W);
                    xml.writeAttribute("w", W, "val", "0");
                    xml.writeEmptyElement("w", "numId", W);
                    xml.writeAttribute("w", W, "val", numbering.toString());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            runs.write(content);
            xml.writeEndElement();
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

        private static boolean ancestorHasClass(Element element, String cssClass) {
            for (Node node = element.getParentNode(); node instanceof Element parent; node = parent.getParentNode()) {
                if (parent.getAttribute("class").contains(cssClass)) {
                    return true;
                }
            }
            return false;
        }
    }
}
