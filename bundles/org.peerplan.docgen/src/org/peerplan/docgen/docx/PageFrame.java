package org.peerplan.docgen.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * What every page of a DOCX carries, as the PDF's pages do: the document's running header (agency, document, date) at
 * the top and "Page 3 of 12" at the bottom right, the numbers being Word fields (PAGE, NUMPAGES).
 */
final class PageFrame {

    static final String HEADER_PART = "word/header1.xml";

    static final String FOOTER_PART = "word/footer1.xml";

    private static final String W = DocxWriter.W;

    private PageFrame() {
    }

    static byte[] header(String text) throws IOException {
        return part("hdr", "left", xml -> run(xml, text));
    }

    static byte[] footer() throws IOException {
        return part("ftr", "right", xml -> {
            run(xml, "Page ");
            field(xml, "PAGE", "1");
            run(xml, " of ");
            field(xml, "NUMPAGES", "1");
        });
    }

    /** Writes the references to both parts a section's properties begin with. */
    static void references(XMLStreamWriter xml) throws XMLStreamException {
        reference(xml, "headerReference", "rIdHeader");
        reference(xml, "footerReference", "rIdFooter");
    }

    private static void reference(XMLStreamWriter xml, String element, String id) throws XMLStreamException {
        xml.writeEmptyElement("w", element, W);
        xml.writeAttribute("w", W, "type", "default");
        xml.writeAttribute("r", Pictures.R, "id", id);
    }

    private interface Content {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static byte[] part(String root, String alignment, Content content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("w", root, W);
            xml.writeNamespace("w", W);
            xml.writeStartElement("w", "p", W);
            xml.writeStartElement("w", "pPr", W);
            xml.writeEmptyElement("w", "jc", W);
            xml.writeAttribute("w", W, "val", alignment);
            xml.writeEndElement();
            content.write(xml);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("the DOCX page " + root + " cannot be written: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** A run in the frame's small grey type. */
    private static void run(XMLStreamWriter xml, String text) throws XMLStreamException {
        xml.writeStartElement("w", "r", W);
        properties(xml);
        xml.writeStartElement("w", "t", W);
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "space", "preserve");
        xml.writeCharacters(text);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** A field Word computes, with the value a reader shows until it does. */
    private static void field(XMLStreamWriter xml, String instruction, String shown) throws XMLStreamException {
        TableOfContents.fieldChar(xml, "begin");
        xml.writeStartElement("w", "r", W);
        properties(xml);
        xml.writeStartElement("w", "instrText", W);
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "space", "preserve");
        xml.writeCharacters(" " + instruction + " ");
        xml.writeEndElement();
        xml.writeEndElement();
        TableOfContents.fieldChar(xml, "separate");
        run(xml, shown);
        TableOfContents.fieldChar(xml, "end");
    }

    private static void properties(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("w", "rPr", W);
        xml.writeEmptyElement("w", "color", W);
        xml.writeAttribute("w", W, "val", "555555");
        xml.writeEmptyElement("w", "sz", W);
        xml.writeAttribute("w", W, "val", "16");
        xml.writeEndElement();
    }
}
