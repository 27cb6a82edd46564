package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.docgen.Format;

/**
 * The board pack's pages as printed: none under a quarter full, but for the last page of a section or of a part of
 * it that the next begins on a fresh page, and the page before a figure's landscape page, which must begin one.
 */
class PageLayoutTest {

    private static final double QUARTER = 0.25;

    @TempDir
    Path folder;

    @Test
    void noPageIsLeftMostlyEmptyInsideASection() throws Exception {
        Path file = new DocumentGenerator(null).generate(ExampleViews.example(), EnumSet.of(Document.BOARD_PACK),
                EnumSet.of(Format.PDF), folder, message -> { }).get(0);
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
            List<Double> fills = PageFill.of(pdf);
            Set<Integer> starts = PageFill.bookmarkedPages(pdf);
            assertTrue(starts.size() > 20, "the outline leads to the sections' pages: " + starts);
            List<String> empty = new ArrayList<>();
            for (int page = 1; page <= fills.size(); page++) {
                boolean endsAPart = page == fills.size() || starts.contains(page + 1)
                        || landscape(pdf, page + 1) && !landscape(pdf, page);
                if (fills.get(page - 1) < QUARTER && !endsAPart) {
                    empty.add("page " + page + " (" + Math.round(fills.get(page - 1) * 100) + " %)");
                }
            }
            assertTrue(empty.isEmpty(), "pages under a quarter full: " + empty);
        }
    }

    private static boolean landscape(PDDocument pdf, int page) {
        PDRectangle size = pdf.getPage(page - 1).getMediaBox();
        return size.getWidth() > size.getHeight();
    }
}
