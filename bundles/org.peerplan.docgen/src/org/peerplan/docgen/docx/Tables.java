package org.peerplan.docgen.docx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes an XHTML table as a Word table in the PeerPlan style: columns as wide as their content asks
 * ({@link ColumnWidths}), numbers aligned right, the head row repeated on every page.
 */
final class Tables {

    private static final String W = DocxWriter.W;

    private final XMLStreamWriter xml;

    private final CellWriter cells;

    /** Writes a cell's content; the body's flow does, so cells hold paragraphs, lists and details like any block. */
    interface CellWriter {
        /** Writes a cell; a number's paragraphs are aligned right, as the HTML aligns them. */
        void cell(Element cell, boolean number) throws XMLStreamException, IOException;
    }

    Tables(XMLStreamWriter xml, CellWriter cells) {
        this.xml = xml;
        this.cells = cells;
    }

    void table(Element table) throws XMLStreamException, IOException {
        List<Element> rows = new ArrayList<>();
        List<Boolean> header = new ArrayList<>();
        collectRows(table, false, rows, header);
        if (rows.isEmpty()) {
            return;
        }
        int[] widths = ColumnWidths.of(rows, Sections.textWidth(false));
        xml.writeStartElement("w", "tbl", W);
        xml.writeStartElement("w", "tblPr", W);
        value("tblStyle", "PeerPlanTable");
        xml.writeEmptyElement("w", "tblW", W);
        xml.writeAttribute("w", W, "w", Integer.toString(IntStream.of(widths).sum()));
        xml.writeAttribute("w", W, "type", "dxa");
        xml.writeEmptyElement("w", "tblLayout", W);
        xml.writeAttribute("w", W, "type", "fixed");
        xml.writeEmptyElement("w", "tblLook", W);
        xml.writeAttribute("w", W, "firstRow", header.get(0) ? "1" : "0");
        xml.writeAttribute("w", W, "val", header.get(0) ? "0020" : "0000");
        xml.writeEndElement();
        xml.writeStartElement("w", "tblGrid", W);
        for (int width : widths) {
            xml.writeEmptyElement("w", "gridCol", W);
            xml.writeAttribute("w", W, "w", Integer.toString(width));
        }
        xml.writeEndElement();
        for (int i = 0; i < rows.size(); i++) {
            row(rows.get(i), header.get(i), widths);
        }
        xml.writeEndElement();
        // Word needs a paragraph between two tables, and one after a table that ends a cell.
        xml.writeEmptyElement("w", "p", W);
    }

    private static void collectRows(Element parent, boolean inHead, List<Element> rows, List<Boolean> header) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                switch (element.getLocalName()) {
                    case "tr" -> {
                        rows.add(element);
                        header.add(inHead || allHeaderCells(element));
                    }
                    case "thead" -> collectRows(element, true, rows, header);
                    case "tbody", "tfoot" -> collectRows(element, false, rows, header);
                    default -> {
                    }
                }
            }
        }
    }

    private static boolean allHeaderCells(Element row) {
        List<Element> cells = ColumnWidths.cells(row);
        return !cells.isEmpty() && cells.stream().allMatch(cell -> cell.getLocalName().equals("th"));
    }

    private void row(Element row, boolean header, int[] widths) throws XMLStreamException, IOException {
        xml.writeStartElement("w", "tr", W);
        xml.writeStartElement("w", "trPr", W);
        xml.writeEmptyElement("w", "cantSplit", W);
        if (header) {
            xml.writeEmptyElement("w", "tblHeader", W);
        }
        xml.writeEndElement();
        List<Element> rowCells = ColumnWidths.cells(row);
        for (int c = 0; c < rowCells.size(); c++) {
            Element cell = rowCells.get(c);
            xml.writeStartElement("w", "tc", W);
            xml.writeStartElement("w", "tcPr", W);
            xml.writeEmptyElement("w", "tcW", W);
            xml.writeAttribute("w", W, "w", Integer.toString(widths[c]));
            xml.writeAttribute("w", W, "type", "dxa");
            xml.writeEndElement();
            cells.cell(cell, cell.getAttribute("class").contains("number"));
            if (cell.getTextContent().isBlank()) {
                // Word requires a paragraph in every cell, even an empty one.
                xml.writeEmptyElement("w", "p", W);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void value(String element, String value) throws XMLStreamException {
        xml.writeEmptyElement("w", element, W);
        xml.writeAttribute("w", W, "val", value);
    }
}
