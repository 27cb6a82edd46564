package org.peerplan.docgen.docx;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The pictures of one document: PNG parts under {@code word/media/}, each with the SVG it was drawn from where there is
 * one (Word 2016 and later show the SVG, older readers the PNG), and the document's relationships to them. A PNG may
 * still be being drawn when it is added: it is waited for when the parts are written.
 */
final class Media {

    private static final String IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";

    /** A picture: its PNG, and its SVG or {@code null}. */
    private record Picture(Future<byte[]> png, byte[] svg) {
    }

    private final List<Picture> pictures = new ArrayList<>();

    /** Adds a picture and returns its number: 1 for the first, which is {@code word/media/image1.png}. */
    int add(Future<byte[]> png, byte[] svg) {
        pictures.add(new Picture(png, svg));
        return pictures.size();
    }

    /** The relationship id by which the document refers to picture {@code number}'s PNG. */
    static String relationshipId(int number) {
        return "rIdImage" + number;
    }

    /** The relationship id by which the document refers to picture {@code number}'s SVG. */
    static String svgRelationshipId(int number) {
        return "rIdSvg" + number;
    }

    boolean hasSvg(int number) {
        return pictures.get(number - 1).svg() != null;
    }

    /** The media parts, by part name, once every PNG is drawn. */
    Map<String, byte[]> parts() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 1; i <= pictures.size(); i++) {
            parts.put("word/" + target(i, "png"), drawn(pictures.get(i - 1).png()));
            if (hasSvg(i)) {
                parts.put("word/" + target(i, "svg"), pictures.get(i - 1).svg());
            }
        }
        return parts;
    }

    private static byte[] drawn(Future<byte[]> png) throws IOException {
        try {
            return png.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped while the pictures were drawn");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        }
    }

    /** The document's relationships: the fixed part's (styles, numbering, settings) and one per picture. */
    byte[] relationships(byte[] fixed) {
        String xml = new String(fixed, StandardCharsets.UTF_8);
        int end = xml.lastIndexOf("</Relationships>");
        if (end < 0) {
            throw new IllegalStateException("the fixed document relationships of org.peerplan.docgen are malformed");
        }
        StringBuilder references = new StringBuilder();
        for (int i = 1; i <= pictures.size(); i++) {
            relationship(references, relationshipId(i), target(i, "png"));
            if (hasSvg(i)) {
                relationship(references, svgRelationshipId(i), target(i, "svg"));
            }
        }
        return (xml.substring(0, end) + references + xml.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private static void relationship(StringBuilder references, String id, String target) {
        // Ids and targets are made here from numbers: nothing to escape.
        references.append("  <Relationship Id=\"").append(id).append("\" Type=\"").append(IMAGE)
                .append("\" Target=\"").append(target).append("\"/>\n");
    }

    private static String target(int number, String extension) {
        return "media/image" + number + "." + extension;
    }
}
