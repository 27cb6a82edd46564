package org.peerplan.docgen.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The parts of a minimal WordprocessingML package around a document body: content types, relationships, styles,
 * numbering (lists), settings, core properties, the page header and footer and the pictures. The fixed parts are resources of this package.
 */
final class DocxPackage {

    private static final String DOCUMENT_RELATIONSHIPS = "word/_rels/document.xml.rels";

    private static final String[] FIXED = { "[Content_Types].xml", "_rels/.rels", DOCUMENT_RELATIONSHIPS,
            "word/styles.xml", "word/numbering.xml", "word/settings.xml" };

    private DocxPackage() {
    }

    /** Writes the package: {@code frame} holds the header and footer parts by name. */
    static void write(OutputStream out, byte[] documentXml, byte[] coreXml, Media media, Map<String, byte[]> frame)
            throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (String part : FIXED) {
                byte[] content = fixed(part);
                put(zip, part, part.equals(DOCUMENT_RELATIONSHIPS) ? media.relationships(content) : content);
            }
            put(zip, "word/document.xml", documentXml);
            put(zip, "docProps/core.xml", coreXml);
            for (Map.Entry<String, byte[]> part : new TreeMap<>(frame).entrySet()) {
                put(zip, part.getKey(), part.getValue());
            }
            for (Map.Entry<String, byte[]> picture : media.parts().entrySet()) {
                // A PNG is compressed already: deflating it again costs time and saves nothing.
                zip.setLevel(picture.getKey().endsWith(".png") ? Deflater.NO_COMPRESSION
                        : Deflater.DEFAULT_COMPRESSION);
                put(zip, picture.getKey(), picture.getValue());
            }
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        // A fixed time keeps two runs on the same plan byte-for-byte comparable.
        entry.setTime(Instant.parse("2027-01-01T00:00:00Z").truncatedTo(ChronoUnit.DAYS).toEpochMilli());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] fixed(String part) {
        String resource = "/docx/" + part.replace("[Content_Types].xml", "content-types.xml");
        try (InputStream stream = DocxPackage.class.getResourceAsStream(resource)) {
            if (stream == null) {
                throw new IOException("the DOCX part " + resource + " is missing from org.peerplan.docgen");
            }
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
