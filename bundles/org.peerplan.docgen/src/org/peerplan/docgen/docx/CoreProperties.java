package org.peerplan.docgen.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The package's core properties: the document's title, and PeerPlan as its creator. */
final class CoreProperties {

    private static final String CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";

    private static final String DC = "http://purl.org/dc/elements/1.1/";

    private CoreProperties() {
    }

    static byte[] xml(String title) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("cp", "coreProperties", CP);
            xml.writeNamespace("cp", CP);
            xml.writeNamespace("dc", DC);
            xml.writeStartElement("dc", "title", DC);
            xml.writeCharacters(title);
            xml.writeEndElement();
            xml.writeStartElement("dc", "creator", DC);
            xml.writeCharacters("PeerPlan Workbench");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e));
        }
        return bytes.toByteArray();
    }
}
