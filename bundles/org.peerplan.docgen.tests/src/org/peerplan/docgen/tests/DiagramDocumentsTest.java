package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.docgen.Format;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Diagrams embedded in a document as inline SVG figures: vector drawings in the PDF, pictures in the DOCX, the SVG
 * itself in the HTML; each fits the page and keeps its caption, and its text is set in DejaVu Sans.
 */
class DiagramDocumentsTest {

    private static final String TRACEABILITY = Diagrams.svg("traceability");

    private static final String TIMELINE = Diagrams.svg("timeline-wide");

    private static final String SUPERVISION = Diagrams.svg("supervision-tall");

    /** The traceability diagram's one text in this blue, 24 pixels high. */
    private static final Color TEXT_BLUE = new Color(0x1c7ed6);

    private static final String BLUE_TEXT = "Board approves the budget";

    /** The timeline's right-most element, and the supervision chart's bottom edge, are in this purple. */
    private static final Color EDGE_PURPLE = new Color(0x7b2cbf);

    /** The supervision chart's top edge. */
    private static final Color TOP_GREEN = new Color(0x1a9850);

    /**
     * A figure's page is US letter turned to landscape: its width and height, its side margins (18 mm) and its top and
     * bottom margins (22 and 20 mm), in points.
     */
    private static final double PAGE_WIDTH = 792;

    private static final double SIDE_MARGIN = 18 / 25.4 * 72;

    private static final double PAGE_HEIGHT = 612;

    /**
     * A DOCX figure's room on its landscape page, in EMU (635 to a twip): the text's width between 18 mm margins
     * (13,800 twips) and its height between 22 and 20 mm margins (9,859 twips) less half an inch for the caption.
     */
    private static final long DOCX_TEXT_WIDTH = 13_800L * 635;

    private static final long DOCX_TEXT_HEIGHT = (9_859L - 720) * 635;

    private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static final String IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";

    @TempDir
    static Path folder;

    private static Path html;

    private static Path pdf;

    private static Path docx;

    @BeforeAll
    static void generate() throws Exception {
        List<Path> files = new DocumentGenerator(Diagrams.FOLDER).generate(Diagrams.views(List.of(
                Diagrams.figure("Traceability", TRACEABILITY, "Figure 1. From a cause to its stage & what it needs"),
                Diagrams.figure("Timeline", TIMELINE, "Figure 2. The timeline, wider than the page"),
                Diagrams.figure("Supervision", SUPERVISION, "Figure 3. Who supervises whom, taller than the page"))),
                EnumSet.of(Document.D9), EnumSet.allOf(Format.class), folder, message -> { });
        html = files.get(0);
        pdf = files.get(1);
        docx = files.get(2);
        Path kept = Files.createDirectories(Path.of("target/documents"));
        for (Path file : files) {
            Files.copy(file, kept.resolve("diagrams-" + file.getFileName()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void pdfDrawsEachDiagramAsVectorsWithoutAnyImage() throws Exception {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            List<List<Object>> drawings = new ArrayList<>();
            for (var page : document.getPages()) {
                collectDrawings(page.getResources(), drawings);
            }
            assertEquals(3, drawings.size(), "one vector drawing (form) per diagram");
            for (List<Object> tokens : drawings) {
                Set<String> operators = operators(tokens);
                assertTrue(operators.containsAll(Set.of("m", "l", "c", "f")), "paths, curves and fills: " + operators);
                assertTrue(operators.contains("S") || operators.contains("B"), "strokes: " + operators);
                assertTrue(dashed(tokens), "a dashed line");
            }
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Figure 1. From a cause to its stage & what it needs"), "captions are text");
        }
    }

    @Test
    void pdfScalesTheWideDiagramToTheTextWidth() throws Exception {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(pageOf(document, "Figure 2."), 144);
            Rectangle edge = Pixels.ink(page, EDGE_PURPLE);
            assertNotNull(edge, "the timeline's right-most element is on the page, not cut off");
            double right = (edge.getMaxX()) / 2;
            assertEquals(PAGE_WIDTH - SIDE_MARGIN, right, 1.5, "the 1600-pixel timeline ends at the right margin");
        }
    }

    @Test
    void pdfGivesADiagramTallerThanThePageAPageOfItsOwn() throws Exception {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            int index = pageOf(document, "Figure 3.");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(index, 72);
            Rectangle top = Pixels.ink(page, TOP_GREEN);
            Rectangle bottom = Pixels.ink(page, EDGE_PURPLE);
            assertNotNull(top, "the chart's top edge is on the caption's page");
            assertNotNull(bottom, "the chart's bottom edge is on the caption's page");
            assertTrue(top.getY() >= 22 / 25.4 * 72 - 1 && bottom.getMaxY() <= PAGE_HEIGHT - 20 / 25.4 * 72,
                    "the whole chart lies within the margins: " + top + ", " + bottom);
            assertTrue(bottom.getMaxY() - top.getY() > 380, "scaled to most of the page, not to a thumbnail");
        }
    }

    @Test
    void pdfSetsDiagramTextInDejaVuSans() throws Exception {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(pageOf(document, "Figure 1."), 300);
            assertDejaVu(page);
        }
    }

    @Test
    void docxHoldsEachDiagramAsAPictureWithItsCaption() throws Exception {
        DocxContents contents = new DocxContents(docx);
        assertEquals(List.of("Figure 1. From a cause to its stage & what it needs",
                "Figure 2. The timeline, wider than the page", "Figure 3. Who supervises whom, taller than the page"),
                contents.textsOfStyle("Caption"));
        assertTrue(DocxContents.decode(contents.parts.get("word/styles.xml")).contains("w:styleId=\"Caption\""));
        assertTrue(DocxContents.decode(contents.parts.get("[Content_Types].xml"))
                .contains("<Default Extension=\"png\" ContentType=\"image/png\"/>"));
        String relationships = DocxContents.decode(contents.parts.get("word/_rels/document.xml.rels"));

        assertTrue(DocxContents.decode(contents.parts.get("word/document.xml")).contains("w:orient=\"landscape\""),
                "figures have landscape pages, as in the PDF");
        NodeList drawings = contents.document.getElementsByTagNameNS(WP, "inline");
        assertEquals(3, drawings.getLength());
        String[] titles = { "Traceability: cause, action, task and stage",
                "Implementation timeline, January 2027 to January 2028", "Supervision chart" };
        double[] shapes = { 720.0 / 300, 1600.0 / 500, 600.0 / 2000 };
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < drawings.getLength(); i++) {
            Element inline = (Element) drawings.item(i);
            Element extent = (Element) inline.getElementsByTagNameNS(WP, "extent").item(0);
            long cx = Long.parseLong(extent.getAttribute("cx"));
            long cy = Long.parseLong(extent.getAttribute("cy"));
            assertTrue(cx <= DOCX_TEXT_WIDTH && cy <= DOCX_TEXT_HEIGHT, "fits the text area: " + cx + " x " + cy);
            assertEquals(shapes[i], (double) cx / cy, 0.01, "keeps its shape");
            Element properties = (Element) inline.getElementsByTagNameNS(WP, "docPr").item(0);
            assertEquals(titles[i], properties.getAttribute("descr"), "the SVG's title is the alternative text");
            assertTrue(ids.add(properties.getAttribute("id")), "drawing ids are unique");
            String relationship = ((Element) inline.getElementsByTagNameNS(A, "blip").item(0)).getAttributeNS(R,
                    "embed");
            String part = "media/image" + (i + 1) + ".png";
            assertTrue(relationships.contains("Id=\"" + relationship + "\" Type=\"" + IMAGE + "\" Target=\"" + part
                    + "\""), relationship + " names " + part);
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(contents.parts.get("word/" + part)));
            assertNotNull(picture, part + " is a PNG");
            assertEquals(shapes[i], (double) picture.getWidth() / picture.getHeight(), 0.01);
            assertEquals(Math.round((double) cx / 914_400 * 192), picture.getWidth(), 1.0, "192 dots per inch");
            assertTrue(Pixels.drawn(picture) > 0.05, part + " is drawn, not blank");
        }
        assertEquals(DOCX_TEXT_WIDTH, Long.parseLong(((Element) ((Element) drawings.item(1))
                .getElementsByTagNameNS(WP, "extent").item(0)).getAttribute("cx")), "the wide one fills the width");
    }

    @Test
    void docxPicturesAreWholeAndSetInDejaVuSans() throws Exception {
        DocxContents contents = new DocxContents(docx);
        assertDejaVu(ImageIO.read(new ByteArrayInputStream(contents.parts.get("word/media/image1.png"))));
        BufferedImage timeline = ImageIO.read(new ByteArrayInputStream(contents.parts.get("word/media/image2.png")));
        Rectangle edge = Pixels.ink(timeline, EDGE_PURPLE);
        assertNotNull(edge);
        assertTrue(edge.getMaxX() >= timeline.getWidth() - 1, "the timeline's right edge is in the picture");
        BufferedImage chart = ImageIO.read(new ByteArrayInputStream(contents.parts.get("word/media/image3.png")));
        assertTrue(Pixels.ink(chart, TOP_GREEN).getY() <= 1 && Pixels.ink(chart, EDGE_PURPLE).getMaxY()
                >= chart.getHeight() - 1, "the tall chart's top and bottom edges are in the picture");
    }

    @Test
    void htmlCarriesTheSvgAsItIs() throws Exception {
        String page = Files.readString(html);
        for (String svg : List.of(TRACEABILITY, TIMELINE, SUPERVISION)) {
            assertTrue(page.contains("<figure class=\"diagram\">" + svg + "<figcaption>"), "the SVG, unchanged");
        }
        assertTrue(page.contains("<figcaption>Figure 1. From a cause to its stage &amp; what it needs</figcaption>"),
                "captions are escaped plan text");
        assertTrue(page.contains("figure.diagram .diagram-part { display: block; page-break-inside: avoid; }"),
                "printing keeps each part of a figure whole");
        assertFalse(page.contains(" src=") || page.contains("href=\"http") || page.contains("url(http"),
                "nothing is fetched from elsewhere");
    }

    /**
     * The blue text's ink has the shape of its words set in DejaVu Sans, within 3 %: the fonts a sans-serif falls back
     * to elsewhere differ more (Liberation Sans, with Arial's widths, is 9 % narrower for these words).
     */
    private static void assertDejaVu(BufferedImage image) throws Exception {
        Rectangle ink = Pixels.ink(image, TEXT_BLUE);
        assertNotNull(ink, "the blue text is drawn");
        assertEquals(Pixels.dejaVuShape(BLUE_TEXT), ink.getWidth() / ink.getHeight(),
                Pixels.dejaVuShape(BLUE_TEXT) * 0.03, "the text's ink has DejaVu Sans's proportions: " + ink);
    }

    private static int pageOf(PDDocument document, String caption) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(document).contains(caption)) {
                return page - 1;
            }
        }
        throw new AssertionError(caption + " is on no page");
    }

    /** Every form XObject's content, failing on any image: the diagrams must be drawn, not pasted. */
    private static void collectDrawings(PDResources resources, List<List<Object>> drawings) throws Exception {
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            assertFalse(object instanceof PDImageXObject, "an image XObject " + name + " in the PDF");
            if (object instanceof PDFormXObject form) {
                drawings.add(new PDFStreamParser(form).parse());
                if (form.getResources() != null) {
                    collectDrawings(form.getResources(), drawings);
                }
            }
        }
    }

    private static Set<String> operators(List<Object> tokens) {
        Set<String> names = new HashSet<>();
        for (Object token : tokens) {
            if (token instanceof Operator operator) {
                names.add(operator.getName());
            }
        }
        return names;
    }

    /** Whether a dash pattern other than solid is set: {@code [6 3] 0 d}. */
    private static boolean dashed(List<Object> tokens) {
        for (int i = 2; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator operator && operator.getName().equals("d")
                    && tokens.get(i - 2) instanceof COSArray pattern && pattern.size() > 0) {
                return true;
            }
        }
        return false;
    }
}
