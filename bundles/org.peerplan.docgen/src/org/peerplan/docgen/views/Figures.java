package org.peerplan.docgen.views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.render.Part;

/**
 * The diagrams the documents show, by figure name, with the parts they are printed in: the PDF and the DOCX draw each
 * part straight from its diagram (in the PDF its text stays text), where HTML shows the same part as SVG.
 */
public final class Figures {

    /** A diagram as the documents print it: its parts, and the scale that fits each to a landscape page. */
    public record Figure(Diagram diagram, List<Part> parts, double scale) {
    }

    private final Map<String, Figure> figures = new LinkedHashMap<>();

    void add(Figure figure) {
        figures.put(figure.diagram().name(), figure);
    }

    public Optional<Figure> named(String name) {
        return Optional.ofNullable(figures.get(name));
    }

    /** The figures of one diagram drawn whole at its own size, such as the workbench's export of a diagram as PDF. */
    public static Figures of(Diagram diagram) {
        Figures one = new Figures();
        one.add(new Figure(diagram, List.of(Part.whole(diagram)), 1));
        return one;
    }
}
