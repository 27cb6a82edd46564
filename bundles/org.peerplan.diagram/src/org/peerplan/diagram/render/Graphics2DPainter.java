package org.peerplan.diagram.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.peerplan.diagram.Diagram;

/**
 * Paints one page's part of a diagram on any Java2D surface, in the diagram's units: a picture for a DOCX, a PDF page
 * through a Graphics2D bridge, whose text then stays text.
 */
public final class Graphics2DPainter {

    private Graphics2DPainter() {
    }

    /** The part's areas, each clipped to itself and placed at its height, with the part's top left at the origin. */
    public static void paint(Diagram diagram, Part part, Graphics2D graphics) {
        for (Part.Area area : part.areas()) {
            Graphics2D shown = (Graphics2D) graphics.create();
            shown.clip(new Rectangle2D.Double(0, area.y(), area.box().width(), area.box().height()));
            shown.translate(-area.box().x(), area.y() - area.box().y());
            DiagramPainter.paint(diagram, new Graphics2DCanvas(shown), area.box());
        }
    }
}
