package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerplan.core.validation.RuleTitles;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.docgen.Format;
import org.peerplan.docgen.templates.OutputFormat;

/** The documents of the shipped example carry its facts, in HTML and in PDF. */
class DocumentsTest {

    /** A Velocity reference left in the output: {@code $name}, {@code ${name}}, {@code $!name}; not "$1,200". */
    private static final Pattern UNRENDERED = Pattern.compile("\\$!?\\{?[A-Za-z]");

    @TempDir
    Path folder;

    /** Counts are words a reader would write: "1 error", "6 errors", never "error(s)". */
    @Test
    void noDocumentWritesAPluralInBrackets() {
        for (Document document : Document.values()) {
            String html = new DocumentGenerator(null).render(document, ExampleViews.example());
            assertFalse(html.contains("(s)"), document + " writes '(s)' at "
                    + html.substring(Math.max(0, html.indexOf("(s)") - 60), Math.max(0, html.indexOf("(s)") + 3)));
        }
    }

    @Test
    void boardPackSummarizesTheExampleForABoardMember() {
        String html = new DocumentGenerator(null).render(Document.BOARD_PACK, ExampleViews.example());
        assertFalse(UNRENDERED.matcher(html).find(), "an unrendered reference in the board pack");
        for (String fact : List.of("Board pack for Riverbend Community Behavioral Health", "6 of 10",
                "band 5–7", "at least <strong>12 months</strong>", "<strong>9 months</strong>",
                "shorter than the 12 months", "January 4, 2028", "Approve 2 peer roles, 4.0 FTE in all",
                "Approve the budget of $558,751 over 2 years", "$193,539", "$365,212", "Risks and tensions",
                "What happens next", "Readiness and timeline assessment", "Validation report")) {
            assertTrue(html.contains(fact), fact);
        }
    }

    @Test
    void readinessAssessmentShowsEveryRespondentAndItem() {
        String html = new DocumentGenerator(null).render(Document.D1, ExampleViews.example());
        assertFalse(UNRENDERED.matcher(html).find());
        for (String fact : List.of("Elena Vasquez", "Dr. Raj Patel", "TQ-10", "respondents disagree",
                "Result: 6 of 10 True, band 5–7 True.", "COMP-11", "Sacramento County")) {
            assertTrue(html.contains(fact), fact);
        }
    }

    @Test
    void validationReportListsEveryFindingWithItsSource() {
        String html = new DocumentGenerator(null).render(Document.D21, ExampleViews.example());
        for (String rule : new String[] { "R6", "R14", "R25", "R27", "R28", "R52", "R69" }) {
            String cell = "<td>" + OutputFormat.HTML.escape(RuleTitles.of(rule)) + "<div class=\"detail\">" + rule
                    + "</div></td>";
            assertTrue(html.contains(cell), rule + " in the report, in words with its id as a detail");
        }
        assertTrue(html.contains("Source: [003 § Step 3 of Implementation: Developing a Timeline]"), html);
        assertTrue(html.contains("Fix: Add the speed-up option SU-2"), html);
        assertTrue(html.contains("@media print"), "a print stylesheet");
    }

    @Test
    void eachDocumentOnItsOwnOpensWithATableOfItsContents() {
        String html = new DocumentGenerator(null).render(Document.D4, ExampleViews.example());
        int title = html.indexOf("<h1>Policy review report</h1>");
        int contents = html.indexOf("<nav class=\"toc\">");
        assertTrue(title > 0 && contents > title, "the contents follow the title");
        for (String entry : List.of("<a href=\"#d04-summary\">Summary of the checklist</a>",
                "<a href=\"#d04-findings\">Checklist findings</a>")) {
            assertTrue(html.contains(entry), entry);
        }
        assertFalse(UNRENDERED.matcher(html).find());
    }

    @Test
    void boardPackPdfCarriesTheFactsWithEmbeddedFontsAndPageNumbers() throws IOException {
        List<Path> files = new DocumentGenerator(null).generate(ExampleViews.example(), EnumSet.of(Document.BOARD_PACK),
                EnumSet.of(Format.PDF), folder, message -> { });
        Path pdfFile = files.get(0);
        Files.copy(pdfFile, Files.createDirectories(Path.of("target/documents")).resolve("board-pack.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(pdfFile))) {
            // Lines wrap where the page ends them; compare words, not line breaks.
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(pdf.getNumberOfPages() >= 4, pdf.getNumberOfPages() + " pages");
            assertTrue(text.contains("Riverbend Community Behavioral Health — Board pack — April 30, 2027"),
                    "running header");
            assertTrue(text.contains("Page 1 of " + pdf.getNumberOfPages()), "page numbers");
            for (String fact : List.of("6 of 10", "at least 12 months", "Approve the budget of $558,751 over 2 years",
                    "$193,539", "R25", "R69")) {
                assertTrue(text.contains(fact), fact);
            }
            PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();
            assertTrue(outline != null, "the PDF has bookmarks");
            List<String> chapters = new ArrayList<>();
            outline.children().forEach(item -> chapters.add(item.getTitle()));
            assertEquals(List.of("Executive summary", "The timeline at a glance", "Appendices",
                    "Appendix A. Readiness and timeline assessment"), chapters.subList(0, 4), chapters.toString());
            List<String> summary = new ArrayList<>();
            outline.getFirstChild().children().forEach(item -> summary.add(item.getTitle()));
            assertEquals(List.of("How ready we are", "The timeline", "Decisions for the board", "Risks and tensions",
                    "Budget", "What happens next"), summary);
            assertTrue(outline.getFirstChild().getDestination() != null
                    || outline.getFirstChild().getAction() != null, "a bookmark leads to its page");
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded() && font.getName().contains("DejaVuSans"), font.getName());
                }
            }
        }
    }

    @Test
    void generatorWritesEachDocumentInEachFormat() throws IOException {
        List<Path> files = new DocumentGenerator(null).generate(ExampleViews.example(),
                EnumSet.of(Document.D1, Document.D21), EnumSet.of(Format.HTML, Format.PDF), folder, message -> { });
        assertEquals(List.of("d01-readiness-and-timeline.html", "d01-readiness-and-timeline.pdf",
                "d21-validation-report.html", "d21-validation-report.pdf"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : files) {
            assertTrue(Files.size(file) > 1000, file + " has content");
        }
    }
}
