package org.peerplan.docgen.docx;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A Word table-of-contents field over Heading 1–2; Word fills it in when the document opens (updateFields). */
final class TableOfContents {

    private static final String W = DocxWriter.W;

    private TableOfContents() {
    }

    static void write(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("w", "p", W);
        fieldChar(xml, "begin");
        xml.writeStartElement("w", "r", W);
        xml.writeStartElement("w", "instrText", W);
        xml.writeAttribute("xml", javax.xml.XMLConstants.XML_NS_URI, "space", "preserve");
        xml.writeCharacters(" TOC \\o \"1-2\" \\h \\z \\u ");
        xml.writeEndElement();
        xml.writeEndElement();
        fieldChar(xml, "separate");
        xml.writeStartElement("w", "r", W);
        xml.writeStartElement("w", "t", W);
        xml.writeCharacters("The table of contents appears when Word updates the document's fields.");
        xml.writeEndElement();
        xml.writeEndElement();
        fieldChar(xml, "end");
        xml.writeEndElement();
    }

    private static void fieldChar(XMLStreamWriter xml, String type) throws XMLStreamException {
        xml.writeStartElement("w", "r", W);
        xml.writeEmptyElement("w", "fldChar", W);
        xml.writeAttribute("w", W, "fldCharType", type);
        xml.writeEndElement();
    }
}
