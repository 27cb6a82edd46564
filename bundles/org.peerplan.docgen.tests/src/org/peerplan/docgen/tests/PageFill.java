package org.peerplan.docgen.tests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * How full each page of a PDF is: how far down its text area the lowest text reaches, the running header and the page
 * number aside. The documents' figures draw their words as text, so a figure counts too.
 */
final class PageFill {

    /** The documents' top and bottom margins (22 and 20 mm), in points; the header and page number sit in them. */
    private static final double TOP = 22 / 25.4 * 72;

    private static final double BOTTOM = 20 / 25.4 * 72;

    private PageFill() {
    }

    /** Each page's fill, from 0 (empty) to 1 (text down to the bottom margin), in page order. */
    static List<Double> of(PDDocument pdf) throws IOException {
        List<Double> fills = new ArrayList<>();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            PDRectangle size = pdf.getPage(page - 1).getMediaBox();
            double[] lowest = { TOP };
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        double y = position.getYDirAdj();
                        if (y > TOP && y < size.getHeight() - BOTTOM) {
                            lowest[0] = Math.max(lowest[0], y);
                        }
                    }
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(pdf);
            fills.add((lowest[0] - TOP) / (size.getHeight() - TOP - BOTTOM));
        }
        return fills;
    }

    /** The pages (from 1) a bookmark leads to: where a section or a heading begins. */
    static Set<Integer> bookmarkedPages(PDDocument pdf) throws IOException {
        Set<Integer> pages = new HashSet<>();
        if (pdf.getDocumentCatalog().getDocumentOutline() != null) {
            collect(pdf, pdf.getDocumentCatalog().getDocumentOutline(), pages);
        }
        return pages;
    }

    private static void collect(PDDocument pdf, PDOutlineNode node, Set<Integer> pages) throws IOException {
        for (PDOutlineItem item : node.children()) {
            if (item.findDestinationPage(pdf) instanceof PDPage page) {
                pages.add(pdf.getPages().indexOf(page) + 1);
            } else if (item.getDestination() instanceof PDPageDestination destination) {
                pages.add(destination.retrievePageNumber() + 1);
            }
            collect(pdf, item, pages);
        }
    }
}
