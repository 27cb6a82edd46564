package org.peerplan.docgen.docx;

import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A Word table-of-contents field over Heading 1–2 whose result already lists the headings, so that a reader that does
 * not update fields shows the entries too; Word adds the page numbers when it updates the field on opening.
 */
final class TableOfContents {

    private static final String W = DocxWriter.W;

    /** A heading the contents list: its level (1 or 2) and its words. */
    record Entry(int level, String text) {
    }

    private TableOfContents() {
    }

    static void write(XMLStreamWriter xml, List<Entry> entries) throws XMLStreamException {
        List<Entry> shown = entries.isEmpty() ? List.of(new Entry(1, "Contents")) : entries;
        for (int i = 0; i < shown.size(); i++) {
            xml.writeStartElement("w", "p", W);
            xml.writeStartElement("w", "pPr", W);
            xml.writeEmptyElement("w", "pStyle", W);
            xml.writeAttribute("w", W, "val", "TOC" + shown.get(i).level());
            xml.writeEndElement();
            if (i == 0) {
                fieldChar(xml, "begin");
                xml.writeStartElement("w", "r", W);
                xml.writeStartElement("w", "instrText", W);
                xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "space", "preserve");
                xml.writeCharacters(" TOC \\o \"1-2\" \\h \\z \\u ");
                xml.writeEndElement();
                xml.writeEndElement();
                fieldChar(xml, "separate");
            }
            xml.writeStartElement("w", "r", W);
            xml.writeStartElement("w", "t", W);
            xml.writeCharacters(shown.get(i).text());
            xml.writeEndElement();
            xml.writeEndElement();
            if (i == shown.size() - 1) {
                fieldChar(xml, "end");
            }
            xml.writeEndElement();
        }
    }

    static void fieldChar(XMLStreamWriter xml, String type) throws XMLStreamException {
        xml.writeStartElement("w", "r", W);
        xml.writeEmptyElement("w", "fldChar", W);
        xml.writeAttribute("w", W, "fldCharType", type);
        xml.writeEndElement();
    }
}
