package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerplan.diagram.text.TextMetrics;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.docgen.Format;
import org.peerplan.model.ImplementationPlan;

/**
 * The board pack carries every diagram of the shipped example as a figure: in the HTML as inline SVG, in the PDF on
 * landscape pages that the diagram's parts actually cover, in the DOCX as one picture per part.
 */
class BoardPackDiagramsTest {

    private static final Pattern FIGURE = Pattern.compile("<figure class=\"diagram\" id=\"figure-([a-z0-9-]+)\">(.*?)"
            + "<figcaption><strong>(.*?)\\.</strong>", Pattern.DOTALL);

    /** One part of a figure: an {@code <svg>}, which may hold the nested drawings of a repeated header and a band. */
    private static final Pattern PART = Pattern.compile("<div class=\"diagram-part\"[^>]*>(<svg .*?</svg>)</div>",
            Pattern.DOTALL);

    @TempDir
    static Path folder;

    private static String html;

    private static Path pdf;

    private static Path docx;

    /** Each figure's name and how many parts it has, in document order. */
    private static final Map<String, Integer> PARTS = new LinkedHashMap<>();

    private static final Map<String, String> TITLES = new LinkedHashMap<>();

    @BeforeAll
    static void generate() throws Exception {
        ImplementationPlan plan = ExampleViews.plan();
        List<Path> files = new DocumentGenerator(null).generate(ExampleViews.of(plan), EnumSet.of(Document.BOARD_PACK),
                EnumSet.of(Format.HTML, Format.PDF, Format.DOCX), folder, message -> { });
        html = Files.readString(files.get(0), StandardCharsets.UTF_8);
        pdf = files.get(1);
        docx = files.get(2);
        Matcher figure = FIGURE.matcher(html);
        while (figure.find()) {
            Matcher part = PART.matcher(figure.group(2));
            int parts = 0;
            while (part.find()) {
                parts++;
            }
            PARTS.put(figure.group(1), parts);
            TITLES.put(figure.group(1), figure.group(3));
        }
    }

    @Test
    void everyDiagramOfTheExampleIsAFigureOnce() {
        assertEquals(List.of("timeline-glance", "readiness", "fishbone-1", "fishbone-2", "fishbone-3", "timeline",
                "supervision"), List.copyOf(PARTS.keySet()), "the glance before the appendices");
        assertEquals(1, PARTS.get("timeline-glance"), "the timeline at a glance is one page");
        for (String fishbone : List.of("fishbone-1", "fishbone-2", "fishbone-3")) {
            assertEquals(1, PARTS.get(fishbone), fishbone + " in brief is one page at full size");
        }
        PARTS.forEach((name, parts) -> assertTrue(parts >= 1, name + " has its drawing"));
        assertTrue(PARTS.get("timeline") > 1, "the tall timeline comes in page-sized parts");
    }

    /**
     * The example's traceability graph would take five pages: the documents trace every cause to its actions, tasks
     * and stages in a table instead.
     */
    @Test
    void aTraceabilityGraphTooLargeForAPageIsATable() {
        int start = html.indexOf("<table class=\"traces\">");
        assertTrue(start > 0, "the trace table is there");
        String table = html.substring(start, html.indexOf("</table>", start));
        int causes = Pattern.compile("<tr id=\"d05-cause-").matcher(html).results().mapToInt(m -> 1).sum();
        assertEquals(causes, Pattern.compile("<tr><td><a href=\"#d05-cause-").matcher(table).results().count(),
                "a row per cause of the worksheets");
        assertTrue(table.contains("Action 1</a>: ") && table.contains("(Early Implementation: Building the Foundation)"),
                "actions with their tasks and stages");
    }

    /** A part's band holds its own elements only, not the whole diagram clipped: the HTML carries each once. */
    @Test
    void eachPartOfTheTimelineHoldsOnlyItsOwnStages() {
        Matcher figure = FIGURE.matcher(html);
        while (figure.find() && !figure.group(1).equals("timeline")) {
            // Up to the timeline.
        }
        Matcher part = PART.matcher(figure.group(2));
        List<String> parts = new ArrayList<>();
        while (part.find()) {
            parts.add(part.group(1));
        }
        assertTrue(parts.get(0).contains("Building the Foundation"), "the first stage is in the first part");
        // A later part nests the repeated header rows, then its band: the band is the last nested drawing.
        String last = parts.get(parts.size() - 1);
        String band = last.substring(last.lastIndexOf("<svg "));
        assertFalse(band.contains("Building the Foundation"), "and not in the last part's band");
    }

    @Test
    void theHtmlsSvgIsWellFormedAndItsIdsAreUniqueInThePage() throws Exception {
        Matcher part = PART.matcher(html);
        int count = 0;
        while (part.find()) {
            DocxContents.parse(part.group(1).getBytes(StandardCharsets.UTF_8));
            count++;
        }
        assertEquals(PARTS.values().stream().mapToInt(Integer::intValue).sum(), count);
        Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        List<String> seen = new ArrayList<>();
        while (ids.find()) {
            assertTrue(!seen.contains(ids.group(1)), "the id " + ids.group(1) + " is used once");
            seen.add(ids.group(1));
        }
    }

    @Test
    void eachFigureIsDrawnOnLandscapePagesOfThePdf() throws Exception {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            PDFTextStripper stripper = new PDFTextStripper();
            PDFRenderer renderer = new PDFRenderer(document);
            for (Map.Entry<String, String> figure : TITLES.entrySet()) {
                int captionPage = pageWith(document, stripper, figure.getValue() + ".");
                int parts = PARTS.get(figure.getKey());
                for (int page = captionPage - parts + 1; page <= captionPage; page++) {
                    PDPage drawn = document.getPage(page - 1);
                    assertTrue(drawn.getMediaBox().getWidth() > drawn.getMediaBox().getHeight(),
                            figure.getKey() + " is on a landscape page (" + page + ")");
                    BufferedImage image = renderer.renderImageWithDPI(page - 1, 24);
                    assertTrue(Pixels.drawn(image) > 0.05, figure.getKey() + " covers page " + page);
                }
            }
        }
    }

    /**
     * A figure's words are text on its page, set in the document's font, not glyph outlines: every diagram's subtitle
     * ("Riverbend … · as of Apr 30, 2027"), which no caption or paragraph repeats, can be found on its first page; a
     * fishbone, printed without title and subtitle under its worksheet, shows its head's "Current situation".
     */
    @Test
    void theWordsOfEveryFigureCanBeFoundInThePdf() throws Exception {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (Map.Entry<String, String> figure : TITLES.entrySet()) {
                int firstPart = pageWith(document, stripper, figure.getValue() + ".") - PARTS.get(figure.getKey()) + 1;
                stripper.setStartPage(firstPart);
                stripper.setEndPage(firstPart);
                String words = stripper.getText(document).replaceAll("\\s+", "");
                String shown = figure.getKey().startsWith("fishbone") ? "Currentsituation" : "·asofApr30,2027";
                assertTrue(words.contains(shown), figure.getKey() + "'s words are text on page "
                        + firstPart + ": " + words.substring(0, Math.min(300, words.length())));
            }
        }
    }

    @Test
    void theDocxHasAPicturePerPartOfEveryFigure() throws Exception {
        DocxContents contents = new DocxContents(docx);
        long pictures = contents.parts.keySet().stream().filter(name -> name.startsWith("word/media/")
                && name.endsWith(".png")).count();
        assertEquals(PARTS.values().stream().mapToInt(Integer::intValue).sum(), pictures);
        // Each picture also carries its SVG, which Word 2016 and later show in place of the PNG.
        String document = DocxContents.decode(contents.parts.get("word/document.xml"));
        String relationships = DocxContents.decode(contents.parts.get("word/_rels/document.xml.rels"));
        Matcher blip = Pattern.compile("<asvg:svgBlip [^>]*r:embed=\"(rIdSvg\\d+)\"").matcher(document);
        int vectors = 0;
        while (blip.find()) {
            Matcher target = Pattern.compile("Id=\"" + blip.group(1) + "\"[^>]*Target=\"(media/image\\d+\\.svg)\"")
                    .matcher(relationships);
            assertTrue(target.find(), blip.group(1) + " leads to an SVG part");
            org.w3c.dom.Document svg = DocxContents.parse(contents.parts.get("word/" + target.group(1)));
            assertEquals("http://www.w3.org/2000/svg", svg.getDocumentElement().getNamespaceURI());
            vectors++;
        }
        assertEquals(pictures, vectors, "an SVG beside every PNG");
        assertTrue(DocxContents.decode(contents.parts.get("[Content_Types].xml"))
                .contains("Extension=\"svg\" ContentType=\"image/svg+xml\""));
        for (String title : TITLES.values()) {
            assertTrue(contents.textsOfStyle("Caption").stream().anyMatch(c -> c.startsWith(title)),
                    "a caption names " + title);
        }
    }

    /**
     * Every figure part's picture in the DOCX is placed at a size that prints the diagram's smallest text at 7 points
     * or more: its width on the page against the part's width in diagram units (the HTML's SVG of the same part, in
     * the same order). The PDF test measures the text itself; a picture's text can only be measured by its scale.
     */
    @Test
    void everyDocxPictureOfAFigurePrintsItsSmallestTextAtSevenPointsOrMore() throws Exception {
        List<Double> widths = new ArrayList<>();
        Matcher svg = Pattern.compile("<div class=\"diagram-part\"[^>]*><svg [^>]*? width=\"([0-9.]+)\"")
                .matcher(html);
        while (svg.find()) {
            widths.add(Double.parseDouble(svg.group(1)));
        }
        org.w3c.dom.NodeList extents = new DocxContents(docx).document.getElementsByTagNameNS(
                "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "extent");
        assertEquals(widths.size(), extents.getLength(), "a picture per part");
        for (int i = 0; i < widths.size(); i++) {
            double emuWide = Double.parseDouble(((org.w3c.dom.Element) extents.item(i)).getAttribute("cx"));
            // 9,525 EMU to a CSS pixel; a pixel is 0.75 pt.
            double points = emuWide / (widths.get(i) * 9525) * TextMetrics.SMALLEST * 0.75;
            assertTrue(points >= 6.99, "picture " + (i + 1) + " prints its smallest text at " + points + " pt");
        }
    }

    /** The 1-based number of the first page whose text holds {@code text}, after the contents pages. */
    private static int pageWith(PDDocument document, PDFTextStripper stripper, String text) throws Exception {
        String wanted = text.replaceAll("\\s+", "");
        for (int page = 3; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            // NFKC turns the ligatures the PDF sets (ﬀ in "staff") back into letters.
            String found = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFKC);
            if (found.replaceAll("\\s+", "").contains(wanted)) {
                return page;
            }
        }
        throw new AssertionError("no page shows the caption " + text);
    }
}
