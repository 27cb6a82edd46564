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
        List<Part> parts = Part.of(diagram, maxHeight);
        List<String> markup = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            markup.add(markup(diagram, parts.get(i), parts.size() == 1 ? "" : "-part" + (i + 1)));
        }
        return markup;
    }

    /** One part as an {@code <svg>} element; a part of several areas nests one {@code <svg>} per area. */
    public static String markup(Diagram diagram, Part part, String suffix) {
        if (part.areas().size() == 1) {
            return band(diagram, part.areas().get(0).box(), suffix, null);
        }
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\""
                + (long) part.width() + "\" height=\"" + (long) part.height() + "\" viewBox=\"0 0 " + (long) part.width()
                + " " + (long) part.height() + "\">");
        for (int i = 0; i < part.areas().size(); i++) {
            Part.Area area = part.areas().get(i);
            boolean rows = i < part.areas().size() - 1;
            svg.append(band(diagram, area.box(), suffix + (rows ? "-header" : ""), area.y()));
        }
        return svg.append("</svg>").toString();
    }

    private static String band(Diagram diagram, Box band, String suffix, Double y) {
        StringWriter out = new StringWriter();
        DiagramPainter.paint(diagram, new SvgCanvas(out, band, suffix, y), band);
        return out.toString();
    }
}
