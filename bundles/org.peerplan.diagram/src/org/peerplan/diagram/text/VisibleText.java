package org.peerplan.diagram.text;

/**
 * Text from a plan as it may be shown to a reader: a control character or an explicit bidirectional embedding,
 * override or isolate becomes U+FFFD. Such characters are invisible, and an override turns the words after it around
 * ("evil\u202Efdp.exe" reads as "evilexe.pdf"); text in right-to-left scripts needs none of them and is kept.
 */
public final class VisibleText {

    /** What a hidden character is shown as. */
    public static final int SHOWN = 0xFFFD;

    private VisibleText() {
    }

    /** C0 and C1 controls other than tab and line breaks, DEL, and the bidirectional embeddings and isolates. */
    public static boolean isHidden(int c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c >= 0x7F && c <= 0x9F
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    public static String of(String text) {
        if (text.codePoints().noneMatch(VisibleText::isHidden)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> shown.appendCodePoint(isHidden(c) ? SHOWN : c));
        return shown.toString();
    }
}
