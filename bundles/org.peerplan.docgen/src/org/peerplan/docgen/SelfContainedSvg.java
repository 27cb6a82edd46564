package org.peerplan.docgen;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peerplan.docgen.templates.TemplateException;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Refuses a document whose inline SVG reaches outside itself: a script, an event handler, or a reference ({@code href},
 * {@code url()}, {@code @import}) to anything but an element of the same SVG. Diagrams are drawn from the plan alone,
 * so such SVG can only come from a mistaken or hostile template. Refusing it here keeps every format self-contained,
 * HTML included, and says why in one sentence; the PDF and DOCX renderers refuse the same things on their own, but
 * each fails in its own way (a blank figure, an exception without a message).
 */
final class SelfContainedSvg {

    /** A {@code url(...)} that does not start with {@code #}, or an {@code @import}. */
    private static final Pattern OUTSIDE = Pattern.compile(
            "url\\(\\s*+['\"]?+\\s*+(?!#)([^)'\"\\s]*)|@import\\s*+(?:url\\()?+\\s*+['\"]?+([^'\";)\\s]*)",
            Pattern.CASE_INSENSITIVE);

    private SelfContainedSvg() {
    }

    /**
     * @throws TemplateException naming the first diagram that reaches outside itself, and how; or saying that the
     *         document is not well-formed XHTML, which every format but HTML needs anyway
     */
    static void check(String xhtml) {
        NodeList diagrams;
        try {
            diagrams = Xhtml.parse(xhtml).getElementsByTagNameNS("*", "svg");
        } catch (IOException e) {
            throw new TemplateException("The templates produced a document that is not well-formed XHTML: "
                    + e.getCause().getMessage(), e);
        }
        for (int i = 0; i < diagrams.getLength(); i++) {
            Element diagram = (Element) diagrams.item(i);
            // A figure part nests an <svg> per area; the outermost one's inspection covers them.
            if (!(diagram.getParentNode() instanceof Element parent && "svg".equals(parent.getLocalName()))) {
                inspect(diagram, diagram);
            }
        }
    }

    private static void inspect(Element element, Element diagram) {
        if (element.getLocalName().equals("script")) {
            throw refused(diagram, "holds a script");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName();
            String value = attribute.getValue().strip();
            if (name.startsWith("on")) {
                throw refused(diagram, "has a script in its " + name + " attribute");
            }
            if (name.equals("href") && !value.startsWith("#")) {
                throw refused(diagram, "refers to " + value);
            }
            outside(value, diagram);
        }
        if (element.getLocalName().equals("style")) {
            outside(element.getTextContent(), diagram);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element inner) {
                inspect(inner, diagram);
            }
        }
    }

    private static void outside(String css, Element diagram) {
        if (css.indexOf('(') < 0 && css.indexOf('@') < 0) {
            // Neither url( nor @import: most values, such as a polyline's points, are numbers alone.
            return;
        }
        Matcher matcher = OUTSIDE.matcher(css);
        if (matcher.find()) {
            String target = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            throw refused(diagram, "refers to " + (target.isEmpty() ? matcher.group() : target));
        }
    }

    private static TemplateException refused(Element diagram, String what) {
        return new TemplateException("A diagram in the document (" + title(diagram) + ") " + what
                + "; documents embed only self-contained SVG, without scripts.", null);
    }

    private static String title(Element diagram) {
        return Xhtml.svgTitle(diagram).map(title -> "\u201C" + title + "\u201D").orElse("without a title");
    }
}
