/**
 * PDF from the documents' XHTML, through openhtmltopdf: the DejaVu Sans fonts shipped in this bundle are embedded,
 * page size, running header and page numbers come from the document's print stylesheet, inline SVG diagrams are
 * drawn by Batik as vector graphics, and nothing outside the document is fetched.
 */
package org.peerplan.docgen.pdf;
