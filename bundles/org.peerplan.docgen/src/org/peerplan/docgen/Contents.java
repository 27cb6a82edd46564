package org.peerplan.docgen;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The second-level headings of a rendered section, as the entries of its table of contents. */
final class Contents {

    private static final Pattern HEADING = Pattern.compile("<h2\\b[^>]*\\bid=\"([^\"]+)\"[^>]*>(.*?)</h2>",
            Pattern.DOTALL);

    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private Contents() {
    }

    /** Each heading's anchor and its text, unescaped: the template escapes it again when it lists it. */
    static List<Map<String, Object>> of(String xhtml) {
        Matcher heading = HEADING.matcher(xhtml);
        return heading.results().map(m -> Map.<String, Object>of("id", m.group(1),
                "title", unescape(TAG.matcher(m.group(2)).replaceAll("").strip()))).toList();
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
