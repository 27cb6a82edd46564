package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.docgen.Format;

/** The board pack as DOCX: Word headings for the navigation pane, styled tables, the plan's facts as editable text. */
class DocxDocumentsTest {

    @TempDir
    Path folder;

    @Test
    void boardPackDocxHasHeadingsTablesAndTheFacts() throws Exception {
        Path file = new DocumentGenerator(null).generate(ExampleViews.example(), EnumSet.of(Document.BOARD_PACK),
                EnumSet.of(Format.DOCX), folder, message -> { }).get(0);
        DocxContents docx = new DocxContents(file);

        assertEquals(List.of("Integrating peer support workers"), docx.textsOfStyle("Title"));
        List<String> chapters = docx.textsOfStyle("Heading1");
        assertTrue(chapters.containsAll(List.of("Executive summary", "Appendix A. Readiness and timeline assessment",
                "Appendix K. Validation report")), chapters.toString());
        assertTrue(docx.textsOfStyle("Heading2").containsAll(List.of("Decisions for the board", "Budget",
                "Timeline readiness quiz")), docx.textsOfStyle("Heading2").toString());
        assertTrue(docx.count("tbl") >= 8, docx.count("tbl") + " tables");
        assertTrue(docx.count("tblHeader") >= 8, "header rows repeat on every page");
        String text = docx.text();
        for (String fact : List.of("6 of 10", "Approve the budget of $558,751 over 2 years", "$193,539",
                "Greg Whitfield", "R25", "Tamika Brooks")) {
            assertTrue(text.contains(fact), fact);
        }
        String styles = DocxContents.decode(docx.parts.get("word/styles.xml"));
        assertTrue(styles.contains("w:styleId=\"Heading1\"") && styles.contains("<w:outlineLvl w:val=\"0\"/>"),
                "Heading 1 is an outline level, so Word's navigation pane lists it");
        assertTrue(DocxContents.decode(docx.parts.get("word/document.xml")).contains(" TOC \\o"),
                "a table of contents field");
        String document = DocxContents.decode(docx.parts.get("word/document.xml"));
        assertTrue(docx.textsOfStyle("TOC1").containsAll(List.of("Executive summary", "The timeline at a glance",
                "Appendix K. Validation report")), "the contents list their entries before Word updates them");
        assertTrue(docx.textsOfStyle("TOC2").contains("Decisions for the board"), docx.textsOfStyle("TOC2").toString());
        String header = DocxContents.decode(docx.parts.get("word/header1.xml"));
        assertTrue(header.contains("Riverbend Community Behavioral Health — Board pack — April 30, 2027"), header);
        String footer = DocxContents.decode(docx.parts.get("word/footer1.xml"));
        assertTrue(footer.contains(" PAGE ") && footer.contains(" NUMPAGES "), "page numbers: " + footer);
        String section = document.substring(document.lastIndexOf("<w:sectPr"));
        assertTrue(section.contains("<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>")
                && section.contains("<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"), section);
        Matcher grid = Pattern.compile("<w:tblGrid>(.*?)</w:tblGrid>").matcher(document);
        int tables = 0;
        while (grid.find()) {
            tables++;
            int width = Pattern.compile("w:w=\"(\\d+)\"").matcher(grid.group(1)).results()
                    .mapToInt(m -> Integer.parseInt(m.group(1))).sum();
            // A portrait page's text is 10,200 twips wide between its 18 mm margins.
            assertTrue(width <= 10200, "a table " + width + " twips wide on a page 10,200 wide");
        }
        assertEquals(docx.count("tbl"), tables, "every table has column widths");
        assertTrue(document.contains("w:orient=\"landscape\""), "figures get landscape pages");
        Matcher heading = Pattern.compile("<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r>(<w:rPr>.*?</w:rPr>)?"
                + "<w:t[^>]*>The timeline at a glance</w:t>").matcher(document);
        assertTrue(heading.find(), "the glance's heading");
        int end = document.indexOf("<w:sectPr", heading.end());
        assertTrue(document.substring(end, document.indexOf("</w:sectPr>", end)).contains("landscape"),
                "the glance's heading is on the landscape page of its figure");
        String relationships = DocxContents.decode(docx.parts.get("word/_rels/document.xml.rels"));
        assertTrue(relationships.contains("Id=\"rIdHeader\"") && relationships.contains("Target=\"footer1.xml\""));
        int option = document.indexOf("Keep October 4, 2027:");
        assertTrue(option > 0, "a decision's options are written");
        String paragraph = document.substring(document.lastIndexOf("<w:p>", option), option);
        assertTrue(paragraph.contains("<w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/>"),
                "an option is a bullet under its numbered decision: " + paragraph);
    }
}
