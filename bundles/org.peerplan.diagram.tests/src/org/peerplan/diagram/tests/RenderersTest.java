package org.peerplan.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.render.PngEncoder;
import org.peerplan.diagram.render.PngWriter;
import org.peerplan.diagram.render.SvgWriter;
import org.w3c.dom.Document;

class RenderersTest {

    @Test
    void svgIsWellFormedAndCarriesEveryNodeAndText() throws Exception {
        Diagram diagram = LayeredLayoutTest.flow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgWriter().write(diagram, out);
        Document svg = Svg.parse(out.toByteArray());
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        assertEquals("A flow", svg.getElementsByTagName("title").item(0).getTextContent());
        for (String id : new String[] { "flow-n0", "flow-n5", "flow-e2-4", "flow-legend" }) {
            assertTrue(Svg.byId(svg, id) != null, id + " is drawn");
        }
        String text = svg.getDocumentElement().getTextContent();
        assertTrue(text.contains("A subtitle") && text.contains("leads to") && text.contains("Step 5"));
    }

    @Test
    void svgEscapesText() throws Exception {
        Diagram diagram = new Diagram(org.peerplan.diagram.DiagramKind.TIMELINE, "x", "Tom & Jerry <script>");
        diagram.size(10, 10);
        String markup = SvgWriter.markup(diagram);
        assertTrue(markup.contains("Tom &amp; Jerry &lt;script&gt;"), markup);
        Svg.parse(markup.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void pngHasTheDiagramsProportionsAndIsDrawn() throws Exception {
        Diagram diagram = LayeredLayoutTest.flow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PngWriter().write(diagram, out);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(Math.ceil(diagram.width() * 2), image.getWidth());
        assertEquals(Math.ceil(diagram.height() * 2), image.getHeight());
        assertTrue(Images.inkShare(image) > 0.02, "the image is not blank");
    }

    /** What the fast encoder writes, any PNG reader reads back pixel for pixel. */
    @Test
    void theEncodersPngHoldsEveryPixelOfTheImage() throws Exception {
        BufferedImage drawn = PngWriter.image(LayeredLayoutTest.flow());
        // A sub-image shares its parent's pixels: rows are read at the parent's stride, from the sub-image's corner.
        BufferedImage[] images = { drawn, drawn.getSubimage(drawn.getWidth() / 4, drawn.getHeight() / 4,
                drawn.getWidth() / 2, drawn.getHeight() / 2) };
        for (BufferedImage image : images) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PngEncoder.write(image, out);
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
            assertEquals(image.getWidth(), read.getWidth());
            assertEquals(image.getHeight(), read.getHeight());
            int differing = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    differing += (image.getRGB(x, y) & 0xffffff) == (read.getRGB(x, y) & 0xffffff) ? 0 : 1;
                }
            }
            assertEquals(0, differing, "pixels that differ");
        }
    }
}
