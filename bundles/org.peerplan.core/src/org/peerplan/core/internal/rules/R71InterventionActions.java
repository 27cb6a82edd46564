package org.peerplan.core.internal.rules;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.Action;
import org.peerplan.model.Cause;
import org.peerplan.model.Intervention;
import org.peerplan.model.RootCauseAnalysis;

/**
 * R71: each intervention becomes at least one action of the plan's action list, and each of those actions has an
 * owner and a due date.
 */
final class R71InterventionActions extends Rule {

    R71InterventionActions() {
        super("R71", Area.ROOT_CAUSES, Strength.INFERRED,
                Citations.cite(Citations.WISE, "Analyzing Leadership Challenges: Root Cause Analysis, step 3"));
    }

    @Override
    public void check(RuleContext context) {
        for (RootCauseAnalysis analysis : context.plan().getRootCauseAnalyses()) {
            analysis.getCauses().stream().flatMap(PlanQueries::withSubCauses)
                    .forEach(cause -> cause.getInterventions().forEach(i -> check(context, cause, i)));
        }
    }

    private static void check(RuleContext context, Cause cause, Intervention intervention) {
        String what = "The intervention '" + intervention.getDescription() + "' for " + CauseLookups.cause(cause);
        if (intervention.getActions().isEmpty()) {
            context.report(intervention, what + " is not in the action list: create an action for it with an owner"
                    + " and a due date.");
            return;
        }
        for (Action action : intervention.getActions()) {
            String lacks = action.getOwner() == null && action.getDue() == null ? "neither an owner nor a due date"
                    : action.getOwner() == null ? "no owner" : action.getDue() == null ? "no due date" : null;
            if (lacks != null) {
                context.report(intervention, what + " is carried out by the action '" + action.getTitle()
                        + "', which has " + lacks + ".");
            }
        }
    }
}
