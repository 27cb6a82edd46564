package org.peerplan.diagram.render;

import java.util.ArrayList;
import java.util.List;

import org.peerplan.diagram.Box;
import org.peerplan.diagram.Diagram;

/**
 * One page's part of a diagram: the areas of the diagram it shows, each placed at a height within the part. A part
 * after the first repeats the diagram's header rows above its band, so the reader of a later page has them too.
 *
 * @param width  the part's width, in diagram units
 * @param height the part's height, in diagram units
 * @param areas  the areas shown, top to bottom
 */
public record Part(double width, double height, List<Area> areas) {

    /** An area of the diagram, drawn with its top at {@code y} within the part. */
    public record Area(Box box, double y) {
    }

    /** The whole diagram as one part. */
    public static Part whole(Diagram diagram) {
        return new Part(diagram.width(), diagram.height(),
                List.of(new Area(new Box(0, 0, diagram.width(), diagram.height()), 0)));
    }

    /** The parts of a diagram cut into bands of at most {@code maxHeight} units ({@link Bands}); one when it fits. */
    public static List<Part> of(Diagram diagram, double maxHeight) {
        List<Box> bands = Bands.of(diagram, maxHeight);
        Box header = diagram.repeatedHeader();
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            Box band = bands.get(i);
            if (i == 0 || header == null) {
                parts.add(new Part(diagram.width(), band.height(), List.of(new Area(band, 0))));
            } else {
                Box rows = new Box(0, Math.floor(header.y()), diagram.width(), Math.ceil(header.height()));
                parts.add(new Part(diagram.width(), rows.height() + band.height(),
                        List.of(new Area(rows, 0), new Area(band, rows.height()))));
            }
        }
        return parts;
    }
}
