package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.docgen.Format;

/**
 * Every word of every document as printed, figures included: no text under 7 points once the page is on paper. The
 * size is the glyph's height on the page (font size times every scale applied to it), which is what a reader sees.
 */
class PrintedTextSizeTest {

    private static final double SMALLEST = 7;

    @TempDir
    Path folder;

    @Test
    void noTextInAnyPdfPrintsUnderSevenPoints() throws Exception {
        List<Path> files = new DocumentGenerator(null).generate(ExampleViews.example(), EnumSet.allOf(Document.class),
                EnumSet.of(Format.PDF), folder, message -> { });
        List<String> small = new ArrayList<>();
        for (Path file : files) {
            try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
                smallText(pdf).forEach((page, sample) -> small.add(file.getFileName() + " page " + page + ": " + sample));
            }
        }
        assertTrue(small.isEmpty(), "text printed under " + SMALLEST + " pt:\n" + String.join("\n", small));
    }

    /** Per page with text under the limit, its smallest size and the words printed at it. */
    private static Map<Integer, String> smallText(PDDocument pdf) throws IOException {
        Map<Integer, String> small = new TreeMap<>();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            int shown = page;
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    double size = positions.stream().mapToDouble(p -> Math.abs(p.getYScale())).min().orElse(99);
                    if (size < SMALLEST - 0.05) {
                        small.merge(shown, String.format(Locale.ROOT, "%.1f pt \"%s\"", size, text),
                                (a, b) -> a.compareTo(b) <= 0 ? a : b);
                    }
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(pdf);
        }
        return small;
    }
}
