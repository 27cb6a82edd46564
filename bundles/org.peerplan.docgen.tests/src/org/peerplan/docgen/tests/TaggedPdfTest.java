package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.docgen.Format;

/**
 * The board pack's PDF is tagged for screen readers: marked as tagged, in English, with a title shown instead of the
 * file name, and a structure of headings, paragraphs, tables and figures, each figure with words to read aloud.
 */
class TaggedPdfTest {

    @TempDir
    Path folder;

    @Test
    void theBoardPackIsTaggedWithItsStructure() throws Exception {
        Path file = new DocumentGenerator(null).generate(ExampleViews.example(), EnumSet.of(Document.BOARD_PACK),
                EnumSet.of(Format.PDF), folder, message -> { }).get(0);
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
            var catalog = pdf.getDocumentCatalog();
            assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "marked as tagged");
            assertEquals("en", catalog.getLanguage());
            assertTrue(catalog.getViewerPreferences().displayDocTitle(), "the title is shown, not the file name");
            Map<String, Integer> types = new TreeMap<>();
            List<String> figures = new ArrayList<>();
            walk(catalog.getStructureTreeRoot(), types, figures);
            for (String type : List.of("H1", "H2", "H3", "P", "Table", "TH", "TD", "L", "LI", "Link")) {
                assertTrue(types.getOrDefault(type, 0) > 0, "tagged " + type + ": " + types);
            }
            assertEquals(15, types.get("H1"), "a first-level heading per section of the pack: " + types);
            // The glance, the readiness dashboard in 4 parts, the three fishbones, the timeline in 6 and the
            // supervision chart: each part a figure with words to read.
            assertEquals(15, figures.size(), "a figure per part: " + figures);
            assertTrue(figures.contains("Readiness for peer roles, part 2 of 4"), figures.toString());
            assertTrue(figures.stream().noneMatch(String::isBlank), "every figure has words: " + figures);
        }
    }

    private static void walk(PDStructureNode node, Map<String, Integer> types, List<String> figures) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.merge(element.getStructureType(), 1, Integer::sum);
                if ("Figure".equals(element.getStructureType())) {
                    figures.add(String.valueOf(element.getAlternateDescription()));
                }
                walk(element, types, figures);
            }
        }
    }
}
