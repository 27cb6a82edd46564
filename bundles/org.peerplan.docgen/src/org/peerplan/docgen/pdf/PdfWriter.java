package org.peerplan.docgen.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;

import org.peerplan.docgen.DocumentFont;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;

/** Turns a document's XHTML into a PDF with embedded fonts; inline SVG diagrams become vector drawings. */
public final class PdfWriter {

    private static final String BASE_URI = "peerplan:/document/";

    static {
        // The renderer reports its progress through java.util.logging; a user of the command line wants none of it.
        XRLog.setLoggingEnabled(false);
    }

    public void write(String xhtml, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml, BASE_URI);
        // Batik draws the diagrams; it runs no script and loads nothing a diagram refers to outside itself.
        builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
        for (DocumentFont font : DocumentFont.values()) {
            // The same font for the diagrams' text, which Batik draws as glyph outlines, as for the document's.
            builder.useFont(font::open, DocumentFont.FAMILY, font.weight(), FontStyle.NORMAL, true,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
        }
        // A document never needs anything from outside itself; refusing every other address keeps it that way.
        builder.useUriResolver((base, uri) -> null);
        builder.toStream(out);
        builder.run();
    }
}
