package org.peerplan.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peerplan.diagram.Box;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.plan.PlanDiagrams;
import org.peerplan.diagram.render.Bands;
import org.peerplan.diagram.render.SvgWriter;
import org.w3c.dom.Document;

/**
 * What holds for every kind of diagram of the example: a third-party SVG renderer (Batik) draws the SVG without
 * error, and a diagram cut into page-sized bands loses nothing and cuts no box or text.
 */
class EveryKindTest {

    @ParameterizedTest
    @EnumSource(DiagramKind.class)
    void batikRendersTheSvgToAPngWithoutErrors(DiagramKind kind) throws Exception {
        for (Diagram diagram : PlanDiagrams.build(kind, Example.input())) {
            LayoutInvariants.assertClean(diagram);
            String svg = SvgWriter.markup(diagram);
            Svg.parse(svg.getBytes(StandardCharsets.UTF_8));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            PNGTranscoder transcoder = new PNGTranscoder();
            transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) diagram.width());
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(png));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
            assertEquals(Math.round(diagram.width()), image.getWidth(), diagram.name());
            assertEquals(Math.round(diagram.height()), image.getHeight(), 1, diagram.name());
            assertTrue(Images.inkShare(image) > 0.02, diagram.name() + " is drawn");
        }
    }

    @ParameterizedTest
    @EnumSource(DiagramKind.class)
    void bandsCoverTheDiagramAndCutNoBoxOrText(DiagramKind kind) throws Exception {
        for (Diagram diagram : PlanDiagrams.build(kind, Example.input())) {
            double limit = 400;
            List<Box> bands = Bands.of(diagram, limit);
            double header = diagram.repeatedHeader() == null ? 0 : Math.ceil(diagram.repeatedHeader().height());
            double top = 0;
            for (Box band : bands) {
                assertEquals(top, band.y(), 0.001, "bands follow each other");
                double room = band == bands.get(0) ? limit : limit - header;
                assertTrue(band.height() <= room + 0.001, diagram.name() + " band " + band);
                top = band.bottom();
            }
            List<Box> solid = new ArrayList<>();
            diagram.allNodes().filter(n -> n.children().isEmpty() && n != diagram.legend()).map(Node::box)
                    .forEach(solid::add);
            diagram.allNodes().flatMap(n -> n.labels().stream()).map(Label::box).forEach(solid::add);
            double lowest = diagram.allNodes().mapToDouble(n -> n.box().bottom()).max().orElse(0);
            // The last band may leave out the bottom margin rather than take a page for it alone.
            assertTrue(top >= lowest - 0.001 && top <= diagram.height() + 0.001,
                    diagram.name() + ": the bands reach the lowest element, " + lowest + ", and end by the bottom");
            for (Box band : bands.subList(0, bands.size() - 1)) {
                double cut = band.bottom();
                long cutThrough = solid.stream().filter(b -> b.y() < cut - 0.001 && cut + 0.001 < b.bottom()).count();
                assertTrue(cutThrough == 0 || band.height() >= limit - header - 1,
                        diagram.name() + ": the cut at " + cut + " goes through " + cutThrough + " boxes");
            }
            List<String> parts = SvgWriter.markupInBands(diagram, limit);
            assertEquals(bands.size(), parts.size());
            if (diagram.repeatedHeader() != null && parts.size() > 1) {
                Document last = Svg.parse(parts.get(parts.size() - 1).getBytes(StandardCharsets.UTF_8));
                assertEquals(3, last.getElementsByTagName("svg").getLength(), "a later part repeats the header rows");
            }
            Set<String> ids = new HashSet<>();
            for (String part : parts) {
                Document svg = Svg.parse(part.getBytes(StandardCharsets.UTF_8));
                org.w3c.dom.NodeList all = svg.getElementsByTagName("*");
                for (int i = 0; i < all.getLength(); i++) {
                    String id = ((org.w3c.dom.Element) all.item(i)).getAttribute("id");
                    assertTrue(id.isEmpty() || ids.add(id), "the id " + id + " is used once across the parts");
                }
            }
        }
    }
}
