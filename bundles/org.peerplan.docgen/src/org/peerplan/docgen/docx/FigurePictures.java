package org.peerplan.docgen.docx;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.render.Graphics2DPainter;
import org.peerplan.diagram.render.Part;
import org.peerplan.diagram.render.PngEncoder;

/**
 * A figure part as a Word picture, drawn straight from its diagram with Java2D in the diagram's own fonts: no SVG is
 * parsed back into a drawing, as Batik does for SVG of other origins ({@link SvgRasterizer}).
 */
final class FigurePictures {

    private FigurePictures() {
    }

    static byte[] png(Diagram diagram, Part part, int pixelWidth) throws IOException {
        double scale = pixelWidth / part.width();
        BufferedImage image = new BufferedImage(pixelWidth, (int) Math.ceil(part.height() * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.scale(scale, scale);
        Graphics2DPainter.paint(diagram, part, graphics);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        PngEncoder.write(image, png);
        return png.toByteArray();
    }
}
