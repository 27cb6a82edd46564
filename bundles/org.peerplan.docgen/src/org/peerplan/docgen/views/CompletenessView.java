package org.peerplan.docgen.views;

import java.util.LinkedHashMap;
import java.util.Map;

import org.peerplan.core.completeness.AreaCompleteness;
import org.peerplan.core.completeness.PlanCompleteness;
import org.peerplan.model.ImplementationPlan;

/**
 * What the plan still lacks, for the board pack's first section: each area not yet complete with how much of it is
 * there and what is missing, by whom supplied. The section is left out once the plan lacks nothing.
 */
final class CompletenessView {

    private CompletenessView() {
    }

    static Map<String, Object> of(ImplementationPlan plan) {
        PlanCompleteness completeness = PlanCompleteness.of(plan);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("complete", completeness.complete());
        view.put("areas", completeness.areas().stream().map(CompletenessView::area).toList());
        view.put("incomplete", completeness.incomplete().size());
        view.put("needs", completeness.needs().size());
        return view;
    }

    private static Map<String, Object> area(AreaCompleteness area) {
        return Map.of("title", area.area().title(), "complete", area.complete(),
                "percent", Math.round(area.share() * 100),
                "needs", area.needs().stream().map(n -> Map.of("what", Formats.capitalized(n.what()), "who", n.who()))
                        .toList());
    }
}
