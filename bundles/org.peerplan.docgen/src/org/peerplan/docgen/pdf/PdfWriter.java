package org.peerplan.docgen.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/** Turns a document's XHTML into a PDF with embedded fonts. */
public final class PdfWriter {

    /** The font family the documents' stylesheets name. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    private static final String BASE_URI = "peerplan:/document/";

    static {
        // The renderer reports its progress through java.util.logging; a user of the command line wants none of it.
        XRLog.setLoggingEnabled(false);
    }

    public void write(String xhtml, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml, BASE_URI);
        builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        // A document never needs anything from outside itself; refusing every other address keeps it that way.
        builder.useUriResolver((base, uri) -> null);
        builder.toStream(out);
        builder.run();
    }

    private static InputStream font(String file) {
        InputStream stream = PdfWriter.class.getResourceAsStream("/fonts/" + file);
        if (stream == null) {
            throw new UncheckedIOException(new IOException("the font " + file + " is missing from org.peerplan.docgen"));
        }
        return stream;
    }
}
