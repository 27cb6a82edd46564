package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.batik.bridge.BridgeContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.docgen.docx.DocxWriter;
import org.peerplan.docgen.pdf.PdfWriter;
import org.peerplan.docgen.templates.TemplateException;

/**
 * SVG that tries to reach outside the document (a file through a reference, an image, a style sheet or an external
 * entity) or to run a script. The generator refuses it with a sentence; behind that, each renderer on its own reads no
 * file and runs no script.
 */
class HostileDiagramTest {

    /** What a script in the SVG would paint, and the colour of every file it might pull in. */
    private static final Color MAGENTA = new Color(0xff00ff);

    private static final String SECRET = "TOPSECRET-4711";

    @TempDir
    Path folder;

    private String secret;

    @BeforeEach
    void plantSecrets() throws IOException {
        Files.writeString(folder.resolve("secret.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" "
                + "height=\"400\"><rect id=\"mark\" width=\"400\" height=\"400\" fill=\"#ff00ff\"/></svg>");
        BufferedImage magenta = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = magenta.createGraphics();
        graphics.setColor(MAGENTA);
        graphics.fillRect(0, 0, 40, 40);
        graphics.dispose();
        ImageIO.write(magenta, "png", folder.resolve("secret.png").toFile());
        Files.writeString(folder.resolve("secret.txt"), SECRET);
        secret = folder.toUri().toString();
    }

    @ParameterizedTest
    @ValueSource(strings = { "<script type=\"text/ecmascript\">document.documentElement.remove()</script>",
            "<rect width=\"9\" height=\"9\" onclick=\"alert(1)\"/>",
            "<use xlink:href=\"SECRET/secret.svg#mark\"/>",
            "<use href=\"SECRET/secret.svg#mark\"/>",
            "<image xlink:href=\"SECRET/secret.png\" width=\"40\" height=\"40\"/>",
            "<style>@import url(SECRET/style.css);</style>",
            "<style>@import 'SECRET/style.css';</style>",
            "<rect width=\"9\" height=\"9\" fill=\"url(SECRET/secret.svg#paint)\"/>",
            "<rect width=\"9\" height=\"9\" style=\"fill: url( 'SECRET/secret.svg#paint' )\"/>" })
    void theGeneratorRefusesSvgThatReachesOutsideItself(String inside) {
        String svg = diagram(inside.replace("SECRET", secret));
        TemplateException refused = assertThrows(TemplateException.class, () -> new DocumentGenerator(
                Diagrams.FOLDER).render(Document.D9, Diagrams.views(List.of(Diagrams.figure("Hostile", svg, "")))));
        assertTrue(refused.getMessage().startsWith("A diagram in the document (\u201CHostile\u201D) "),
                refused.getMessage());
        assertTrue(refused.getMessage().endsWith("; documents embed only self-contained SVG, without scripts."));
    }

    @Test
    void theGeneratorLetsReferencesWithinTheSvgThrough() {
        String svg = diagram("<defs><linearGradient id=\"paint\"><stop offset=\"0\" stop-color=\"#fff\"/>"
                + "</linearGradient><rect id=\"box\" width=\"9\" height=\"9\"/></defs>"
                + "<use xlink:href=\"#box\"/><rect width=\"9\" height=\"9\" fill=\"url(#paint)\"/>"
                + "<rect width=\"9\" height=\"9\" style=\"fill: url( '#paint' )\"/>");
        String xhtml = new DocumentGenerator(Diagrams.FOLDER).render(Document.D9,
                Diagrams.views(List.of(Diagrams.figure("Within", svg, ""))));
        assertTrue(xhtml.contains("<use xlink:href=\"#box\"/>"));
    }

    @Test
    void thePdfRendererReadsNoFileAndRunsNoScript() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new PdfWriter().write(hostileDocument(), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("After the diagram"), "the document is written");
            assertFalse(text.contains(SECRET), "the external entity is not read");
            assertNull(Pixels.ink(new PDFRenderer(pdf).renderImageWithDPI(0, 72), MAGENTA),
                    "neither the referenced files nor the script's paint appear");
        }
    }

    @Test
    void theDocxRendererReadsNoFileAndRunsNoScript() {
        IOException refused = assertThrows(IOException.class,
                () -> new DocxWriter().write(hostileDocument(), "Hostile", new ByteArrayOutputStream()));
        assertTrue(refused.getMessage().contains("do not allow any external resources"), refused.getMessage());
    }

    @Test
    void theDocxRendererIgnoresScriptsAndEntities() throws Exception {
        Path file = folder.resolve("scripted.docx");
        new DocxWriter().write(document(diagram(SCRIPT + "<text x=\"10\" y=\"300\">&secret;</text>")), "Scripted",
                Files.newOutputStream(file));
        DocxContents docx = new DocxContents(file);
        assertFalse(DocxContents.decode(docx.parts.get("word/document.xml")).contains(SECRET));
        BufferedImage picture = ImageIO.read(new java.io.ByteArrayInputStream(docx.parts.get("word/media/image1.png")));
        assertNull(Pixels.ink(picture, MAGENTA), "the script did not run");
        assertTrue(Pixels.ink(picture, new Color(0x00aa00)) != null, "the diagram itself is drawn");
    }

    @Test
    void noScriptEngineIsWithinBatiksReach() {
        assertThrows(ClassNotFoundException.class,
                () -> BridgeContext.class.getClassLoader().loadClass("org.mozilla.javascript.Context"));
    }

    /** Paints the diagram magenta, if a script ever ran: when the SVG is loaded, and when it is clicked. */
    private static final String SCRIPT = "<script type=\"text/ecmascript\"><![CDATA[document.getElementById('target')"
            + ".setAttribute('fill', '#ff00ff');]]></script><rect width=\"400\" height=\"320\" fill-opacity=\"0\" "
            + "onload=\"document.getElementById('target').setAttribute('fill', '#ff00ff')\"/>";

    private String hostileDocument() {
        return document(diagram(SCRIPT + "<use xlink:href=\"" + secret + "secret.svg#mark\" y=\"100\"/>"
                + "<image xlink:href=\"" + secret + "secret.png\" x=\"200\" y=\"100\" width=\"200\" height=\"200\"/>"
                + "<text x=\"10\" y=\"300\">&secret;</text>"));
    }

    private static String diagram(String inside) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                + "viewBox=\"0 0 400 320\" width=\"400\" height=\"320\"><title>Hostile</title>"
                + "<rect id=\"target\" width=\"400\" height=\"100\" fill=\"#00aa00\"/>" + inside + "</svg>";
    }

    /** A document whose DOCTYPE declares an external entity for the file, as a custom layout template could. */
    private String document(String svg) {
        return "<!DOCTYPE html [<!ENTITY secret SYSTEM \"" + secret + "secret.txt\">]>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Hostile</title></head><body>"
                + "<p>&secret;</p><figure class=\"diagram\">" + svg + "<figcaption>&secret;</figcaption></figure>"
                + "<p>After the diagram.</p></body></html>";
    }
}
