package org.peerplan.docgen.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;

import org.peerplan.docgen.DocumentFont;
import org.peerplan.docgen.Xhtml;
import org.peerplan.docgen.views.Figures;
import org.w3c.dom.Document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;

/**
 * Turns a document's XHTML into a PDF with embedded fonts and an outline of its headings; its figures become vector
 * drawings with real text.
 */
public final class PdfWriter {

    private static final String BASE_URI = "peerplan:/document/";

    static {
        // The renderer reports its progress through java.util.logging; a user of the command line wants none of it.
        XRLog.setLoggingEnabled(false);
    }

    /** Writes the PDF of a document without figures of the plan's diagrams. */
    public void write(String xhtml, OutputStream out) throws IOException {
        write(xhtml, new Figures(), out);
    }

    /**
     * Writes the PDF of a document whose figures are among {@code figures}; each figure part is drawn from its diagram
     * ({@link FigureObjects}). Any other SVG, such as a logo in a custom template, is drawn by Batik.
     */
    public void write(String xhtml, Figures figures, OutputStream out) throws IOException {
        Document document = Xhtml.parse(xhtml);
        FigureObjects drawer = new FigureObjects(figures);
        drawer.replaceSvg(document);
        Bookmarks.addTo(document);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // Tagged for screen readers (PDF/UA): headings, paragraphs, tables and figures carry their structure.
        builder.usePdfUaAccessibility(true);
        builder.withW3cDocument(document, BASE_URI);
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        drawers.registerDrawer(FigureObjects.TYPE, drawer);
        builder.useObjectDrawerFactory(drawers);
        // Batik runs no script and loads nothing an SVG refers to outside itself.
        builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
        for (DocumentFont font : DocumentFont.values()) {
            // A tagged PDF may use embedded fonts only: the generic families, which a custom template may name or
            // fall back to, are DejaVu too rather than the renderer's built-in fonts, which it would leave out.
            for (String family : List.of(DocumentFont.FAMILY, "serif", "sans-serif", "monospace")) {
                builder.useFont(font::open, family, font.weight(), FontStyle.NORMAL, true,
                        EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
            }
        }
        // A document never needs anything from outside itself; refusing every other address keeps it that way.
        builder.useUriResolver((base, uri) -> null);
        builder.toStream(out);
        builder.run();
    }
}
