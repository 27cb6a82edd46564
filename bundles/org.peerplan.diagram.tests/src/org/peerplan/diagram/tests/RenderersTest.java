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

}
