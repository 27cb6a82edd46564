package org.peerplan.diagram.internal.readiness;

import java.util.ArrayList;
import java.util.List;

import org.peerplan.diagram.Label;
import org.peerplan.diagram.text.TextMetrics;

/**
 * A person's name made to fit a narrow column heading: credentials after the first comma are left out, compound
 * names may break after their hyphens, a name that still needs more than three lines keeps only the initials of its
 * given names, and a part wider than the column is cut short with an ellipsis. The full name stays in the tooltip.
 */
final class ColumnName {

    private static final int MAX_LINES = 3;
    private static final String ELLIPSIS = "…";

    private ColumnName() {
    }

    static Label of(String name, double width, double size) {
        String bare = name == null ? "" : name.split(",", 2)[0].strip();
        List<String> lines = wrap(bare, width, size);
        if (lines.size() > MAX_LINES) {
            lines = wrap(initials(bare), width, size);
        }
        return TextMetrics.label(String.join("\n", lines), width, size, true);
    }

    /** "Dr. Maria Elena Ruiz-Soto" becomes "M. E. Ruiz-Soto": titles left out, given names as initials. */
    private static String initials(String name) {
        String[] words = name.split("\\s+");
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) {
            boolean title = words[i].endsWith(".") && words[i].length() > 2;
            if (!title) {
                initials.append(words[i].charAt(0)).append(". ");
            }
        }
        return initials + words[words.length - 1];
    }

    /** Greedy lines of words and hyphen-ended word parts, a space between words and none after a hyphen. */
    private static List<String> wrap(String text, double width, double size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String[] parts = word.split("(?<=-)");
            for (int i = 0; i < parts.length; i++) {
                String part = fit(parts[i], width, size);
                String joined = line.isEmpty() ? part : line + (i == 0 ? " " : "") + part;
                if (TextMetrics.width(joined, size, true) <= width || line.isEmpty()) {
                    line.setLength(0);
                    line.append(joined);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(part);
                }
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static String fit(String part, double width, double size) {
        if (TextMetrics.width(part, size, true) <= width) {
            return part;
        }
        String cut = part;
        while (cut.length() > 1 && TextMetrics.width(cut + ELLIPSIS, size, true) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + ELLIPSIS;
    }
}
