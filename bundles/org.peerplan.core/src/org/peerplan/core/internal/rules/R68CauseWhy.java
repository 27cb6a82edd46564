package org.peerplan.core.internal.rules;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.peerplan.core.plan.Labels;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.QuickFix;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.Cause;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.RootCauseAnalysis;
import org.peerplan.model.Why;

/**
 * R68: every major (top-level) cause has at least one answer to "why?"; blank answers do not count. Sub-causes may
 * carry a deeper chain but need not.
 */
final class R68CauseWhy extends Rule {

    /** The text of the why the quick fix adds, for the consultant to replace. */
    static final String PLACEHOLDER = "Why does this happen? Replace this text with the answer.";

    R68CauseWhy() {
        super("R68", Area.ROOT_CAUSES, Strength.EXPLICIT,
                Citations.cite(Citations.WISE, "Analyzing Leadership Challenges: Root Cause Analysis, step 2"));
    }

    @Override
    public void check(RuleContext context) {
        for (RootCauseAnalysis analysis : context.plan().getRootCauseAnalyses()) {
            for (Cause cause : analysis.getCauses()) {
                if (cause.getWhys().stream().allMatch(w -> w.getText() == null || w.getText().isBlank())) {
                    context.report(cause, Labels.capitalized(CauseLookups.cause(cause)) + " in the analysis '"
                            + analysis.getTitle() + "' has no answer to \"why?\": ask why at least once to reach the"
                            + " root of it.", addWhy(cause));
                }
            }
        }
    }

    private static QuickFix addWhy(Cause cause) {
        return new QuickFix() {
            @Override
            public String label() {
                return "Add a why to the cause '" + cause.getDescription() + "'";
            }

            @Override
            public Command command(EditingDomain domain) {
                Why why = PeerPlanFactory.eINSTANCE.createWhy();
                why.setText(PLACEHOLDER);
                return AddCommand.create(domain, cause, PeerPlanPackage.Literals.CAUSE__WHYS, why);
            }
        };
    }
}
