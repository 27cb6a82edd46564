package org.peerplan.docgen.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.render.SvgWriter;
import org.peerplan.docgen.views.Figures;

/**
 * One diagram as a PDF of one page the diagram's size, drawn as vectors with the documents' fonts: what the
 * workbench's Export writes for a figure to print large or to put in a slide.
 */
public final class DiagramPdf {

    private DiagramPdf() {
    }

    public static void write(Diagram diagram, OutputStream out) throws IOException {
        String page = String.format(Locale.ROOT, "@page { size: %.0fpx %.0fpx; margin: 0 } body { margin: 0 }",
                Math.ceil(diagram.width()), Math.ceil(diagram.height()));
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>" + escape(diagram.title())
                + "</title><style>" + page + "</style></head><body><div data-figure=\"" + escape(diagram.name())
                + "\" data-part=\"0\">" + SvgWriter.markup(diagram) + "</div></body></html>";
        new PdfWriter().write(xhtml, Figures.of(diagram), out);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
