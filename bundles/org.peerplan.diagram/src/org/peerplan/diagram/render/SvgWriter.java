package org.peerplan.diagram.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.peerplan.diagram.Diagram;

/** Writes a diagram as an SVG file, or as SVG markup to place inside an HTML or XHTML document. */
public final class SvgWriter implements DiagramWriter {

    @Override
    public String extension() {
        return "svg";
    }

    @Override
    public void write(Diagram diagram, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        DiagramPainter.paint(diagram, new SvgCanvas(writer));
        writer.write('\n');
        writer.flush();
    }

    /** The {@code <svg>} element alone, without an XML declaration, for inline use. */
    public static String markup(Diagram diagram) {
        StringWriter out = new StringWriter();
        DiagramPainter.paint(diagram, new SvgCanvas(out));
        return out.toString();
    }
}
