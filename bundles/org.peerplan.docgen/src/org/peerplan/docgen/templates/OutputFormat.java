package org.peerplan.docgen.templates;

/** What a template writes, which decides how inserted values are escaped. */
public enum OutputFormat {
    /** HTML text and attribute values: {@code & < > " '} become entities. */
    HTML,
    /** XML, such as the WordprocessingML inside a DOCX: the same five characters, and no control characters. */
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
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                        out.append(this == XML ? "" : "&#xFFFD;");
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
