package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.docgen.Format;

/**
 * The board pack's DOCX as a reader without Word sees it: converted by LibreOffice (installed by {@code .ci/run}),
 * every page carries the running header and its page number, and the table of contents shows its entries.
 */
class DocxInLibreOfficeTest {

    @TempDir
    Path folder;

    @Test
    void everyPageHasItsHeaderAndNumberAndTheContentsAreFilledIn() throws Exception {
        Path docx = new DocumentGenerator(null).generate(ExampleViews.example(), EnumSet.of(Document.BOARD_PACK),
                EnumSet.of(Format.DOCX), folder, message -> { }).get(0);
        Path pdfFile = convert(docx);
        Files.copy(pdfFile, Files.createDirectories(Path.of("target/documents")).resolve("board-pack-docx.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(pdfFile))) {
            int pages = pdf.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf).replaceAll("\\s+", " ");
                assertTrue(text.contains("Riverbend Community Behavioral Health — Board pack — April 30, 2027"),
                        "the header on page " + page);
                assertTrue(text.contains("Page " + page + " of " + pages), "the number on page " + page);
            }
            stripper.setStartPage(1);
            stripper.setEndPage(2);
            String contents = stripper.getText(pdf);
            for (String entry : new String[] { "Executive summary", "Decisions for the board",
                    "The timeline at a glance", "Appendix K. Validation report" }) {
                assertTrue(contents.contains(entry), entry + " in the contents");
            }
            assertTrue(!contents.contains("appears when Word updates"), "no placeholder sentence");
        }
    }

    private Path convert(Path docx) throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assertTrue(Files.isExecutable(soffice), "LibreOffice is needed: apt-get install libreoffice-writer-nogui"
                + " (.ci/run installs it)");
        // A profile of its own, so that a LibreOffice the developer has open does not take the conversion over.
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + folder.resolve("profile")
                .toUri(), "--headless", "--convert-to", "pdf", "--outdir", folder.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "LibreOffice converts within two minutes");
        assertEquals(0, process.exitValue(), () -> "LibreOffice failed: " + read(folder.resolve("soffice.log")));
        Path pdf = folder.resolve(docx.getFileName().toString().replace(".docx", ".pdf"));
        assertTrue(Files.exists(pdf), () -> "no PDF: " + read(folder.resolve("soffice.log")));
        return pdf;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.getMessage();
        }
    }
}
