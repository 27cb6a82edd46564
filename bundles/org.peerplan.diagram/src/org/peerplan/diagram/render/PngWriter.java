package org.peerplan.diagram.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

import org.peerplan.diagram.Diagram;

/** Writes a diagram as a PNG image at twice its size in pixels, sharp on screens and in print. */
public final class PngWriter implements DiagramWriter {

    private static final double SCALE = 2;

    @Override
    public void write(Diagram diagram, OutputStream out) throws IOException {
        PngEncoder.write(image(diagram), out);
    }

    public static BufferedImage image(Diagram diagram) {
        BufferedImage image = new BufferedImage((int) Math.ceil(diagram.width() * SCALE),
                (int) Math.ceil(diagram.height() * SCALE), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        // The image is rounded up to whole pixels: paint the margin that rounding adds white too.
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.scale(SCALE, SCALE);
        DiagramPainter.paint(diagram, new Graphics2DCanvas(graphics));
        return image;
    }
}
