package org.peerplan.core.internal.rules;

import org.peerplan.core.plan.Labels;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Severity;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.Cause;
import org.peerplan.model.RootCauseAnalysis;

/**
 * R67: every cause sits in exactly one of the worksheet's four category rows.
 * <p>
 * That a cause has a category at all cannot fail in PeerPlan: {@code Cause.category} is an enumeration whose generated
 * setter turns {@code null} into its default, Environment, and a file that omits the attribute loads with that default
 * too, so every cause always holds one of the four literals (and a missing category is indistinguishable from an
 * explicit Environment). What can fail is "exactly one": a sub-cause details its parent cause on the parent's row, so a
 * sub-cause filed under a different category would sit on two rows at once. That is PeerPlan's reading, so it is
 * reported as a warning rather than as the source's error.
 */
final class R67OneCategory extends Rule {

    R67OneCategory() {
        super("R67", Area.ROOT_CAUSES, Strength.EXPLICIT,
                Citations.cite(Citations.WISE, "Analyzing Leadership Challenges: Root Cause Analysis, step 2"));
    }

    @Override
    public void check(RuleContext context) {
        for (RootCauseAnalysis analysis : context.plan().getRootCauseAnalyses()) {
            analysis.getCauses().forEach(cause -> checkSubCauses(context, analysis, cause));
        }
    }

    private static void checkSubCauses(RuleContext context, RootCauseAnalysis analysis, Cause parent) {
        for (Cause sub : parent.getSubCauses()) {
            if (sub.getCategory() != parent.getCategory()) {
                context.report(Severity.WARNING, sub, Labels.capitalized(CauseLookups.cause(sub))
                        + " in the analysis '" + analysis.getTitle() + "' details '" + parent.getDescription()
                        + "', which is under " + CauseLookups.category(parent.getCategory()) + ": give each cause"
                        + " exactly one category, moving the sub-cause to the top level if it belongs to another.");
            }
            checkSubCauses(context, analysis, sub);
        }
    }
}
