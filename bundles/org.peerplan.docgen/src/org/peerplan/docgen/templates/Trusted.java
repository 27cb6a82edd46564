package org.peerplan.docgen.templates;

/**
 * Markup the engine produced itself, such as a diagram's SVG, that a template may insert unescaped. Plan text never
 * becomes trusted: only engine code creates these.
 */
public record Trusted(String markup) {

    @Override
    public String toString() {
        return markup;
    }
}
