package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.docgen.Format;
import org.peerplan.model.Action;
import org.peerplan.model.ImplementationPlan;

/**
 * The board pack's text, as a reader extracts it from the PDF and from the DOCX, holds the plan's facts: the agency,
 * the band, every action's owner and due date, and the budget totals.
 */
class BoardPackFactsTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    @TempDir
    Path folder;

    @Test
    void pdfAndDocxTextCarryEveryActionOwnerAndDate() throws Exception {
        ImplementationPlan plan = ExampleViews.plan();
        List<Path> files = new DocumentGenerator(null).generate(ExampleViews.of(plan), EnumSet.of(Document.BOARD_PACK),
                EnumSet.of(Format.PDF, Format.DOCX), folder, message -> { });
        String pdf;
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(files.get(0)))) {
            // A long title wraps after a hyphen; compare the PDF's text without any white space.
            pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
        String docx = new DocxContents(files.get(1)).text().replaceAll("\\s+", " ");

        List<String> facts = new ArrayList<>(List.of("Riverbend Community Behavioral Health", "band 5–7",
                "$193,539", "$365,212", "$558,751"));
        for (Action action : plan.getActions()) {
            facts.add(action.getTitle());
            if (action.getOwner() != null) {
                facts.add(action.getOwner().getName());
            }
            if (action.getDue() != null) {
                facts.add(DATE.format(action.getDue()));
            }
        }
        for (String fact : facts) {
            assertTrue(pdf.contains(fact.replaceAll("\\s+", "")), "the PDF text holds " + fact);
            assertTrue(docx.contains(fact), "the DOCX text holds " + fact);
        }
    }
}
