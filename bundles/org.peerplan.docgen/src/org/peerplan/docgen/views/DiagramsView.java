package org.peerplan.docgen.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.diagram.plan.PlanDiagrams;
import org.peerplan.diagram.render.Part;
import org.peerplan.diagram.render.SvgWriter;
import org.peerplan.diagram.text.TextMetrics;
import org.peerplan.docgen.templates.Trusted;

/**
 * The plan's diagrams as figures for the documents: each with its SVG markup (engine output, inserted as it is), its
 * title and the sentence that describes it. Fishbones come as a list in the order of the analyses.
 *
 * <p>Figures are printed on landscape pages (see {@code style.vm}), laid out to the page's width where their kind can
 * be ({@link PlanDiagrams#fitting}) and never printed so small that their smallest text falls under 7 points
 * ({@link #LEAST_SCALE}). A diagram taller than a page at that scale comes in parts, cut between its elements
 * ({@link Part#of}), a page each.
 */
final class DiagramsView {

    /** The width of a landscape page's text area, in CSS pixels (Letter, 18 mm margins). */
    private static final double PAGE_WIDTH = 920;

    /** The height a figure's part may take on that page, leaving room for its caption (154 mm). */
    private static final double PAGE_HEIGHT = 580;

    /** The height the timeline at a glance may take: its page also holds the section's heading and words (140 mm). */
    private static final double GLANCE_HEIGHT = 530;

    /** The least scale a figure is printed at: a CSS pixel is 0.75 pt, and the smallest text then prints at 7 pt. */
    private static final double LEAST_SCALE = 7 / (0.75 * TextMetrics.SMALLEST);

    private DiagramsView() {
    }

    /** The figures' views for the templates; each figure is also put in {@code figures}, for the PDF. */
    static Map<String, Object> of(DiagramInput input, Figures figures) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("timeline", single(DiagramKind.TIMELINE, input, figures));
        view.put("glance", figure(PlanDiagrams.timelineAtAGlance(input, PAGE_WIDTH), GLANCE_HEIGHT, figures));
        view.put("readiness", single(DiagramKind.READINESS, input, figures));
        view.put("traceability", single(DiagramKind.TRACEABILITY, input, figures));
        view.put("supervision", single(DiagramKind.SUPERVISION, input, figures));
        view.put("fishbones", PlanDiagrams.fitting(DiagramKind.FISHBONE, input, PAGE_WIDTH).stream()
                .map(diagram -> figure(diagram, PAGE_HEIGHT, figures)).toList());
        return view;
    }

    private static Map<String, Object> single(DiagramKind kind, DiagramInput input, Figures figures) {
        return figure(PlanDiagrams.fitting(kind, input, PAGE_WIDTH).get(0), PAGE_HEIGHT, figures);
    }

    private static Map<String, Object> figure(Diagram diagram, double pageHeight, Figures figures) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("name", diagram.name());
        figure.put("title", diagram.title());
        figure.put("description", diagram.description());
        double widthScale = Math.min(1, PAGE_WIDTH / diagram.width());
        double onePageScale = Math.min(widthScale, pageHeight / diagram.height());
        boolean onePage = onePageScale >= Math.min(widthScale, LEAST_SCALE);
        List<Part> parts = onePage ? List.of(Part.whole(diagram)) : Part.of(diagram, pageHeight / widthScale);
        List<Trusted> markup = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            markup.add(new Trusted(SvgWriter.markup(diagram, parts.get(i), parts.size() == 1 ? "" : "-part" + (i + 1))));
        }
        figure.put("parts", markup);
        figure.put("onePage", parts.size() == 1);
        figures.add(new Figures.Figure(diagram, parts, onePage ? onePageScale : widthScale));
        return figure;
    }
}
