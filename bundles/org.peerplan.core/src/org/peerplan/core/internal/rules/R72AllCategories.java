package org.peerplan.core.internal.rules;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Severity;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.Cause;
import org.peerplan.model.RootCauseAnalysis;
import org.peerplan.model.RootCauseCategory;

/** R72 (information): each analysis considers all four categories of causes. */
final class R72AllCategories extends Rule {

    R72AllCategories() {
        super("R72", Area.ROOT_CAUSES, Strength.INFERRED,
                Citations.cite(Citations.WISE, "Analyzing Leadership Challenges: Root Cause Analysis, step 2"));
    }

    @Override
    public void check(RuleContext context) {
        for (RootCauseAnalysis analysis : context.plan().getRootCauseAnalyses()) {
            Set<RootCauseCategory> used = analysis.getCauses().stream().flatMap(PlanQueries::withSubCauses)
                    .map(Cause::getCategory).collect(Collectors.toSet());
            Set<RootCauseCategory> empty = EnumSet.allOf(RootCauseCategory.class);
            empty.removeAll(used);
            if (!empty.isEmpty()) {
                context.report(Severity.INFO, analysis, "The analysis '" + analysis.getTitle() + "' has no cause under "
                        + empty.stream().map(CauseLookups::category).collect(Collectors.joining(", ")) + ": the method"
                        + " starts from all four categories, so consider whether causes there were missed.");
            }
        }
    }
}
