package org.peerplan.core.internal.rules;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.RootCauseAnalysis;

/** R66: every root cause analysis summarizes the current situation (step 1 of the worksheet). */
final class R66CurrentSituation extends Rule {

    R66CurrentSituation() {
        super("R66", Area.ROOT_CAUSES, Strength.EXPLICIT,
                Citations.cite(Citations.WISE, "Analyzing Leadership Challenges: Root Cause Analysis, step 1"));
    }

    @Override
    public void check(RuleContext context) {
        for (RootCauseAnalysis analysis : context.plan().getRootCauseAnalyses()) {
            if (analysis.getCurrentSituation() == null || analysis.getCurrentSituation().isBlank()) {
                context.report(analysis, "The analysis '" + analysis.getTitle() + "' has no summary of the current"
                        + " situation: the worksheet starts by assessing it, before looking for causes.");
            }
        }
    }
}
