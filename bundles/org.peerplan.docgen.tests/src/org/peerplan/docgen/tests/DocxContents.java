package org.peerplan.docgen.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads a DOCX the way Word does: its parts must be well-formed XML; paragraphs carry styles and text. */
final class DocxContents {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    final Map<String, byte[]> parts = new HashMap<>();

    final Document document;

    DocxContents(Path file) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            if (part.getKey().endsWith(".xml") || part.getKey().endsWith(".rels")) {
                parse(part.getValue());
            }
        }
        document = parse(parts.get("word/document.xml"));
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** Every paragraph's style (or "") and text, in order. */
    List<String[]> paragraphs() {
        List<String[]> result = new ArrayList<>();
        NodeList paragraphs = document.getElementsByTagNameNS(W, "p");
        for (int i = 0; i < paragraphs.getLength(); i++) {
            Element paragraph = (Element) paragraphs.item(i);
            NodeList styles = paragraph.getElementsByTagNameNS(W, "pStyle");
            String style = styles.getLength() == 0 ? "" : ((Element) styles.item(0)).getAttributeNS(W, "val");
            result.add(new String[] { style, text(paragraph) });
        }
        return result;
    }

    List<String> textsOfStyle(String style) {
        return paragraphs().stream().filter(p -> p[0].equals(style)).map(p -> p[1]).toList();
    }

    String text() {
        return text(document.getDocumentElement());
    }

    int count(String element) {
        return document.getElementsByTagNameNS(W, element).getLength();
    }

    private static String text(Element element) {
        StringBuilder text = new StringBuilder();
        NodeList runs = element.getElementsByTagNameNS(W, "t");
        for (int i = 0; i < runs.getLength(); i++) {
            text.append(runs.item(i).getTextContent());
        }
        return text.toString();
    }

    static String decode(byte[] bytes) throws IOException {
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
}
