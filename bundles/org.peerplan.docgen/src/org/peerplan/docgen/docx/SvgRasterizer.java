package org.peerplan.docgen.docx;

import java.awt.Color;
import java.awt.FontFormatException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.batik.anim.dom.SVGDOMImplementation;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.bridge.NoLoadExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.transcoder.ErrorHandler;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.batik.util.ParsedURL;
import org.peerplan.docgen.DocumentFont;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.svgsupport.PDFTranscoder.OpenHtmlFontResolver;

/**
 * Draws an inline SVG as a PNG on white with Batik, for a Word picture. Its text is set in the documents' fonts
 * through the same font resolver the PDF's SVG drawer uses, so a diagram reads the same in both. No script runs (the
 * drawing is static and no script type is allowed) and nothing the SVG refers to outside itself is loaded. Batik
 * loads its PNG encoder by class name from batik-codec, which this bundle requires for that reason.
 */
final class SvgRasterizer {

    private final OpenHtmlFontResolver fonts = new OpenHtmlFontResolver();

    SvgRasterizer() throws IOException {
        for (DocumentFont font : DocumentFont.values()) {
            try {
                fonts.addFontStream(font::open, DocumentFont.FAMILY, font.weight(), FontStyle.NORMAL);
            } catch (FontFormatException e) {
                throw new IOException("the font " + font + " of org.peerplan.docgen cannot be read", e);
            }
        }
    }

    /** The SVG as a PNG {@code pixelWidth} pixels wide, its height following the SVG's aspect ratio. */
    byte[] png(Element svg, int pixelWidth) throws IOException {
        Document standalone = SVGDOMImplementation.getDOMImplementation()
                .createDocument(SVGDOMImplementation.SVG_NAMESPACE_URI, "svg", null);
        standalone.replaceChild(standalone.importNode(svg, true), standalone.getDocumentElement());
        StaticTranscoder transcoder = new StaticTranscoder();
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) pixelWidth);
        transcoder.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_EXECUTE_ONLOAD, false);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOWED_SCRIPT_TYPES, "");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            transcoder.transcode(new TranscoderInput(standalone), new TranscoderOutput(png));
        } catch (TranscoderException e) {
            transcoder.errors.add(e.getException() != null ? e.getException().getMessage() : e.getMessage());
        }
        if (!transcoder.errors.isEmpty()) {
            throw new IOException("a diagram cannot be drawn for the DOCX: " + transcoder.errors.get(0));
        }
        return png.toByteArray();
    }

    /** A PNG transcoder whose user agent refuses scripts and external resources and knows the documents' fonts. */
    private final class StaticTranscoder extends PNGTranscoder {

        /** What went wrong, in Batik's words; Batik reports some errors and carries on drawing. */
        final List<String> errors = new ArrayList<>();

        StaticTranscoder() {
            userAgent = new Agent();
            setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(TranscoderException e) {
                    // Warnings (an unsupported feature ignored) leave the drawing usable.
                }

                @Override
                public void error(TranscoderException e) {
                    errors.add(e.getMessage());
                }

                @Override
                public void fatalError(TranscoderException e) throws TranscoderException {
                    throw e;
                }
            });
        }

        /** Opaque: a Word picture on white needs no alpha channel. */
        @Override
        public BufferedImage createImage(int width, int height) {
            return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        }

        private final class Agent extends SVGAbstractTranscoderUserAgent {

            @Override
            public FontFamilyResolver getFontFamilyResolver() {
                return fonts;
            }

            @Override
            public ScriptSecurity getScriptSecurity(String scriptType, ParsedURL script, ParsedURL document) {
                return new NoLoadScriptSecurity(scriptType);
            }

            @Override
            public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resource, ParsedURL document) {
                return new NoLoadExternalResourceSecurity();
            }

            @Override
            public void displayError(String message) {
                errors.add(message);
            }

            @Override
            public void displayError(Exception e) {
                errors.add(e.getMessage());
            }
        }
    }
}
