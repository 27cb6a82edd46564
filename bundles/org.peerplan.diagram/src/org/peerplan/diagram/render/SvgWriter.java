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
    public void write(Diagram diagram, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        DiagramPainter.paint(diagram, new SvgCanvas(writer, null, "", null));
        writer.write('\n');
        writer.flush();
    }

    /** The {@code <svg>} element alone, without an XML declaration, for inline use. */
    public static String markup(Diagram diagram) {
        StringWriter out = new StringWriter();
        DiagramPainter.paint(diagram, new SvgCanvas(out, null, "", null));
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
            String suffix = bands.size() == 1 ? "" : "-part" + (i + 1);
            Box header = diagram.repeatedHeader();
            parts.add(i == 0 || header == null ? band(diagram, bands.get(i), suffix, null)
                    : withHeader(diagram, new Box(0, Math.floor(header.y()), diagram.width(), Math.ceil(header.height())),
                            bands.get(i), suffix));
        }
        return parts;
    }

    private static String band(Diagram diagram, Box band, String suffix, Double y) {
        StringWriter out = new StringWriter();
        DiagramPainter.paint(diagram, new SvgCanvas(out, band, suffix, y));
        return out.toString();
    }

    /** A part under a copy of the diagram's header rows, so that the reader of a later page has them too. */
    private static String withHeader(Diagram diagram, Box header, Box band, String suffix) {
        double height = header.height() + band.height();
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + (long) diagram.width()
                + "\" height=\"" + (long) height + "\" viewBox=\"0 0 " + (long) diagram.width() + " " + (long) height
                + "\">" + band(diagram, header, suffix + "-header", 0.0) + band(diagram, band, suffix, header.height())
                + "</svg>";
    }
}
