package org.peerplan.docgen.docx;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Column widths for a Word table from its content, as a browser lays out a table of automatic width: each column
 * gets at least its longest word and, as far as the page allows, its longest text, the rest shared in proportion.
 * Without widths Word gives every column the same share, and a quiz statement wraps a word or two a line.
 */
final class ColumnWidths {

    /** An average DejaVu Sans character at the tables' size, in twentieths of a point. */
    private static final int CHARACTER = 105;

    /** The cell's left and right margins together. */
    private static final int PADDING = 216;

    /** Longer texts than this wrap anyway: they ask for no more room. */
    private static final int LONGEST_LINE = 70;

    /** Words longer than this may break. */
    private static final int LONGEST_WORD = 18;

    private ColumnWidths() {
    }

    /** The widths of the table's columns, in twentieths of a point, filling {@code available}. */
    static int[] of(List<Element> rows, int available) {
        int columns = rows.stream().mapToInt(row -> cells(row).size()).max().orElse(0);
        double[] least = new double[columns];
        double[] wanted = new double[columns];
        for (Element row : rows) {
            List<Element> cells = cells(row);
            for (int c = 0; c < cells.size(); c++) {
                String text = cells.get(c).getTextContent().strip().replaceAll("\\s+", " ");
                int longestWord = 0;
                for (String word : text.split(" ")) {
                    longestWord = Math.max(longestWord, word.length());
                }
                least[c] = Math.max(least[c], width(Math.min(longestWord, LONGEST_WORD)));
                wanted[c] = Math.max(wanted[c], width(Math.min(text.length(), LONGEST_LINE)));
            }
        }
        return share(least, wanted, available);
    }

    private static int[] share(double[] least, double[] wanted, int available) {
        double leastSum = sum(least);
        double wantedSum = sum(wanted);
        int[] widths = new int[least.length];
        for (int c = 0; c < least.length; c++) {
            double width;
            if (leastSum >= available) {
                width = least[c] * available / leastSum;
            } else if (wantedSum <= available) {
                width = wanted[c] * available / wantedSum;
            } else {
                width = least[c] + (wanted[c] - least[c]) * (available - leastSum) / (wantedSum - leastSum);
            }
            widths[c] = (int) Math.floor(width);
        }
        return widths;
    }

    private static double width(int characters) {
        return characters * CHARACTER + PADDING;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    static List<Element> cells(Element row) {
        List<Element> cells = new ArrayList<>();
        for (Node child = row.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element cell && (cell.getLocalName().equals("td") || cell.getLocalName().equals("th"))) {
                cells.add(cell);
            }
        }
        return cells;
    }
}
