package org.peerplan.docgen.views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.diagram.plan.PlanDiagrams;
import org.peerplan.diagram.render.SvgWriter;
import org.peerplan.docgen.templates.Trusted;

/**
 * The plan's diagrams as figures for the documents: each with its SVG markup (engine output, inserted as it is), its
 * title and the sentence that describes it. Fishbones come as a list in the order of the analyses.
 */
final class DiagramsView {

    private DiagramsView() {
    }

    static Map<String, Object> of(DiagramInput input) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("timeline", single(DiagramKind.TIMELINE, input));
        view.put("readiness", single(DiagramKind.READINESS, input));
        view.put("traceability", single(DiagramKind.TRACEABILITY, input));
        view.put("supervision", single(DiagramKind.SUPERVISION, input));
        view.put("fishbones", PlanDiagrams.build(DiagramKind.FISHBONE, input).stream().map(DiagramsView::figure)
                .toList());
        return view;
    }

    private static Map<String, Object> single(DiagramKind kind, DiagramInput input) {
        List<Diagram> diagrams = PlanDiagrams.build(kind, input);
        return figure(diagrams.get(0));
    }

    private static Map<String, Object> figure(Diagram diagram) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("name", diagram.name());
        figure.put("title", diagram.title());
        figure.put("description", diagram.description());
        figure.put("svg", new Trusted(SvgWriter.markup(diagram)));
        return figure;
    }
}
