package org.peerplan.docgen.docx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pictures of one document: PNG parts under {@code word/media/} and the document's relationships to them. */
final class Media {

    private static final String IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";

    private final List<byte[]> images = new ArrayList<>();

    /** Adds a PNG and returns its number: 1 for the first, which is {@code word/media/image1.png}. */
    int add(byte[] png) {
        images.add(png);
        return images.size();
    }

    /** The relationship id by which the document refers to picture {@code number}. */
    static String relationshipId(int number) {
        return "rIdImage" + number;
    }

    /** The media parts, by part name. */
    Map<String, byte[]> parts() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 0; i < images.size(); i++) {
            parts.put("word/" + target(i + 1), images.get(i));
        }
        return parts;
    }

    /** The document's relationships: the fixed part's (styles, numbering, settings) and one per picture. */
    byte[] relationships(byte[] fixed) {
        String xml = new String(fixed, StandardCharsets.UTF_8);
        int end = xml.lastIndexOf("</Relationships>");
        if (end < 0) {
            throw new IllegalStateException("the fixed document relationships of org.peerplan.docgen are malformed");
        }
        StringBuilder pictures = new StringBuilder();
        for (int i = 1; i <= images.size(); i++) {
            // Ids and targets are made here from numbers: nothing to escape.
            pictures.append("  <Relationship Id=\"").append(relationshipId(i)).append("\" Type=\"").append(IMAGE)
                    .append("\" Target=\"").append(target(i)).append("\"/>\n");
        }
        return (xml.substring(0, end) + pictures + xml.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private static String target(int number) {
        return "media/image" + number + ".png";
    }
}
