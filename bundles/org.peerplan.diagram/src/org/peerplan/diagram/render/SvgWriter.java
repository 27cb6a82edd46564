package org.peerplan.diagram.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.peerplan.diagram.Box;
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
        DiagramPainter.paint(diagram, new SvgCanvas(writer, null, ""));
        writer.write('\n');
        writer.flush();
    }

    /** The {@code <svg>} element alone, without an XML declaration, for inline use. */
    public static String markup(Diagram diagram) {
        StringWriter out = new StringWriter();
        DiagramPainter.paint(diagram, new SvgCanvas(out, null, ""));
        return out.toString();
    }

    /**
     * The diagram as {@code <svg>} elements, one per band of at most {@code maxHeight} units ({@link Bands}), for
     * pages: stacked, they show the whole diagram. Element ids differ from part to part.
     */
    public static List<String> markupInBands(Diagram diagram, double maxHeight) {
        List<Box> bands = Bands.of(diagram, maxHeight);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            StringWriter out = new StringWriter();
            DiagramPainter.paint(diagram, new SvgCanvas(out, bands.get(i), bands.size() == 1 ? "" : "-part" + (i + 1)));
            parts.add(out.toString());
        }
        return parts;
    }
}
