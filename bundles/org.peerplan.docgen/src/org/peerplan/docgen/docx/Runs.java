package org.peerplan.docgen.docx;

import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Writes inline XHTML as Word runs: text with collapsed white space, emphasis as bold, line breaks as breaks. */
final class Runs {

    private static final String W = DocxWriter.W;

    private final XMLStreamWriter xml;

    /** Whether the last text written ended with a space, so that the next one's leading space is dropped. */
    private boolean spaced;

    Runs(XMLStreamWriter xml) {
        this.xml = xml;
    }

    void write(List<Node> nodes) throws XMLStreamException {
        spaced = true;
        for (Node node : nodes) {
            write(node, false, null);
        }
    }

    private void write(Node node, boolean bold, String color) throws XMLStreamException {
        if (node.getNodeType() == Node.TEXT_NODE) {
            text(node.getTextContent(), bold, color);
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String name = element.getLocalName();
        if (name.equals("br")) {
            xml.writeStartElement("w", "r", W);
            xml.writeEmptyElement("w", "br", W);
            xml.writeEndElement();
            spaced = true;
            return;
        }
        String cssClass = element.getAttribute("class");
        boolean strong = bold || name.equals("strong") || name.equals("b") || cssClass.contains("flag")
                || cssClass.contains("problem") || cssClass.contains("severity");
        String ink = cssClass.contains("problem") ? "B2182B" : cssClass.contains("detail") ? "555555" : color;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            write(child, strong, ink);
        }
    }

    private void text(String raw, boolean bold, String color) throws XMLStreamException {
        String text = raw.replaceAll("\\s+", " ");
        if (spaced && text.startsWith(" ")) {
            text = text.substring(1);
        }
        if (text.isEmpty()) {
            return;
        }
        xml.writeStartElement("w", "r", W);
        if (bold || color != null) {
            xml.writeStartElement("w", "rPr", W);
            if (bold) {
                xml.writeEmptyElement("w", "b", W);
            }
            if (color != null) {
                xml.writeEmptyElement("w", "color", W);
                xml.writeAttribute("w", W, "val", color);
            }
            xml.writeEndElement();
        }
        xml.writeStartElement("w", "t", W);
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "space", "preserve");
        xml.writeCharacters(text);
        xml.writeEndElement();
        xml.writeEndElement();
        spaced = text.endsWith(" ");
    }
}
