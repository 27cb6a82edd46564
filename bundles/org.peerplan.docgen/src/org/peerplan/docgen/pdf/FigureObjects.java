package org.peerplan.docgen.pdf;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.peerplan.diagram.render.Graphics2DPainter;
import org.peerplan.diagram.render.Part;
import org.peerplan.docgen.Xhtml;
import org.peerplan.docgen.views.Figures;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;

/**
 * Draws the documents' figures on the PDF page straight from their diagrams, through the renderer's Graphics2D bridge:
 * no SVG is parsed back into a drawing, and the bridge writes text with the document's embedded fonts, so a figure's
 * words can be searched and copied. Each figure part's inline SVG is replaced by an {@code <object>} of this type, sized
 * as the SVG would be printed.
 */
final class FigureObjects implements FSObjectDrawer {

    static final String TYPE = "application/x-peerplan-figure";

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final Figures figures;

    FigureObjects(Figures figures) {
        this.figures = figures;
    }

    /** Replaces the {@code <svg>} of every part of a known figure by its object; other SVG stays as it is. */
    void replaceSvg(Document document) {
        NodeList svgs = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        for (Element svg : elements(svgs)) {
            if (!(svg.getParentNode() instanceof Element part) || !part.hasAttribute("data-figure")) {
                continue;
            }
            String name = part.getAttribute("data-figure");
            int index = Integer.parseInt(part.getAttribute("data-part"));
            Figures.Figure figure = figures.named(name).orElse(null);
            if (figure == null || index >= figure.parts().size()) {
                continue;
            }
            Part shown = figure.parts().get(index);
            Element object = document.createElementNS(XHTML, "object");
            object.setAttribute("type", TYPE);
            object.setAttribute("data-figure", name);
            object.setAttribute("data-part", String.valueOf(index));
            // A screen reader says this for the figure; its caption, which follows, describes what it shows.
            object.setAttribute("alt", Xhtml.svgTitle(svg).orElse(figure.diagram().title())
                    + (figure.parts().size() == 1 ? "" : ", part " + (index + 1) + " of " + figure.parts().size()));
            object.setAttribute("style", String.format(Locale.ROOT, "width: %.2fpx; height: %.2fpx",
                    shown.width() * figure.scale(), shown.height() * figure.scale()));
            part.replaceChild(object, svg);
        }
    }

    private static List<Element> elements(NodeList nodes) {
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }

    @Override
    public Map<Shape, String> drawObject(Element element, double x, double y, double width, double height,
            OutputDevice device, RenderingContext context, int dotsPerPixel) {
        Figures.Figure figure = figures.named(element.getAttribute("data-figure")).orElseThrow();
        Part part = figure.parts().get(Integer.parseInt(element.getAttribute("data-part")));
        float shownWidth = (float) width / dotsPerPixel;
        float shownHeight = (float) height / dotsPerPixel;
        device.drawWithGraphics((float) x, (float) y, shownWidth, shownHeight, (Graphics2D graphics) -> {
            double scale = shownWidth / part.width();
            graphics.scale(scale, scale);
            Graphics2DPainter.paint(figure.diagram(), part, graphics);
        });
        return null;
    }
}
