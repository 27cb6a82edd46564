package org.peerplan.docgen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Reads a document's XHTML as the DOCX writer and the diagram check see it: no DTD, no external entity, no file. */
public final class Xhtml {

    private Xhtml() {
    }

    public static Document parse(String xhtml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("the document is not well-formed XHTML: " + e.getMessage(), e);
        }
    }

    /**
     * An element with what it holds as a standalone XML file in UTF-8, with its namespace declared: an inline SVG as
     * the file a word processor embeds.
     */
    public static byte[] bytes(Element element) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(element), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("an element of a parsed document could not be written back", e);
        }
    }

    /** The words of an inline SVG's own {@code <title>}, white space collapsed, if it has one. */
    public static Optional<String> svgTitle(Element svg) {
        for (Node child = svg.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element title && title.getLocalName().equals("title")) {
                return Optional.of(words(title));
            }
        }
        return Optional.empty();
    }

    /** An element's text with white space collapsed, as a reader sees it. */
    public static String words(Node node) {
        return node.getTextContent().strip().replaceAll("\\s+", " ");
    }
}
