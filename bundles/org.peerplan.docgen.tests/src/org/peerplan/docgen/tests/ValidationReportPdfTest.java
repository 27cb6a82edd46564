package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.peerplan.docgen.pdf.PdfWriter;
import org.peerplan.docgen.templates.OutputFormat;
import org.peerplan.docgen.templates.TemplateEngine;

/** D21 as a PDF: the facts are in its text, its fonts are embedded, and its pages are numbered. */
class ValidationReportPdfTest {

    @Test
    void pdfCarriesTheFindingsWithEmbeddedFontsAndPageNumbers() throws IOException {
        String xhtml = new TemplateEngine(null).render(ValidationReportTest.TEMPLATE, ValidationReportTest.exampleView(),
                OutputFormat.HTML);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new PdfWriter().write(xhtml, bytes);
        Path file = Files.createDirectories(Path.of("target/documents")).resolve("validation-report.pdf");
        Files.write(file, bytes.toByteArray());

        try (PDDocument pdf = Loader.loadPDF(bytes.toByteArray())) {
            // Lines wrap where the page ends them; compare words, not line breaks.
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Riverbend Community Behavioral Health — Validation report — 2027-04-30"),
                    "running header:\n" + text);
            assertTrue(text.contains("Page 1 of " + pdf.getNumberOfPages()), "page numbers:\n" + text);
            for (String rule : new String[] { "R6", "R14", "R25", "R27", "R28", "R52", "R69" }) {
                assertTrue(text.contains(rule), rule + " in\n" + text);
            }
            assertTrue(text.contains("at least 12 months of preparation"), text);
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    assertTrue(font.getName().contains("DejaVuSans"), font.getName());
                }
            }
        }
    }
}
