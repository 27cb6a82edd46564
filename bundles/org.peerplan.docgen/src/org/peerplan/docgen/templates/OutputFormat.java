package org.peerplan.docgen.templates;

import org.peerplan.diagram.text.VisibleText;

/**
 * What a template writes, which decides how inserted values are escaped. In both, the characters that
 * {@link VisibleText} hides from a reader are shown as U+FFFD, in every format the documents are written in.
 */
public enum OutputFormat {
    /** HTML text and attribute values: {@code & < > " '} become entities. */
    HTML,
    /** XML, such as the WordprocessingML inside a DOCX: the same five characters. */
    XML;

    public String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(VisibleText.isHidden(c) ? VisibleText.SHOWN : c);
            }
        });
        return out.toString();
    }
}
