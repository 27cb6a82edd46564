/**
 * DOCX from the documents' XHTML: headings become Word's Heading styles (so the navigation pane works), tables get a
 * styled table with a repeating header row, lists become Word lists, inline SVG diagrams become pictures drawn by
 * Batik with their captions in Word's Caption style, and every character of plan text is written through an XML
 * writer, which escapes it by construction. The template is the same as for HTML and PDF.
 */
package org.peerplan.docgen.docx;
