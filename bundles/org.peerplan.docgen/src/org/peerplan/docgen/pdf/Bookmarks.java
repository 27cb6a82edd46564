package org.peerplan.docgen.pdf;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The PDF's outline, from the document's headings: a bookmark for each section (its first-level heading) holding one
 * for each of its second-level headings that can be linked to. The renderer reads them from a {@code bookmarks}
 * element in the head, which only the PDF's copy of the document gets.
 */
final class Bookmarks {

    private Bookmarks() {
    }

    static void addTo(Document document) {
        Element head = (Element) document.getElementsByTagName("head").item(0);
        if (head == null) {
            return;
        }
        Element outline = document.createElementNS(head.getNamespaceURI(), "bookmarks");
        NodeList sections = document.getElementsByTagName("section");
        for (int i = 0; i < sections.getLength(); i++) {
            Element section = (Element) sections.item(i);
            Element title = first(section, "h1");
            if (section.hasAttribute("id") && title != null) {
                Element bookmark = bookmark(document, outline, title, section.getAttribute("id"));
                NodeList headings = section.getElementsByTagName("h2");
                for (int j = 0; j < headings.getLength(); j++) {
                    Element heading = (Element) headings.item(j);
                    if (heading.hasAttribute("id")) {
                        bookmark(document, bookmark, heading, heading.getAttribute("id"));
                    }
                }
            }
        }
        head.appendChild(outline);
    }

    private static Element bookmark(Document document, Element parent, Element heading, String id) {
        Element bookmark = document.createElementNS(parent.getNamespaceURI(), "bookmark");
        bookmark.setAttribute("name", heading.getTextContent().strip().replaceAll("\\s+", " "));
        bookmark.setAttribute("href", "#" + id);
        parent.appendChild(bookmark);
        return bookmark;
    }

    private static Element first(Element parent, String name) {
        NodeList found = parent.getElementsByTagName(name);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }
}
