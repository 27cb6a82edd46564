package org.peerplan.core.internal.rules;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.QuickFix;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.Action;
import org.peerplan.model.ActionStatus;
import org.peerplan.model.Cause;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Intervention;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.RootCauseAnalysis;

/** R69: every root cause has a proposed intervention or an action that addresses it. */
final class R69CauseWithoutIntervention extends Rule {

    R69CauseWithoutIntervention() {
        super("R69", Area.ROOT_CAUSES, Strength.EXPLICIT,
                Citations.cite(Citations.WISE, "Analyzing Leadership Challenges: Root Cause Analysis, step 3"));
    }

    @Override
    public void check(RuleContext context) {
        ImplementationPlan plan = context.plan();
        for (RootCauseAnalysis analysis : plan.getRootCauseAnalyses()) {
            analysis.getCauses().stream().flatMap(PlanQueries::withSubCauses)
                    .filter(c -> c.getInterventions().isEmpty() && PlanQueries.actionsFor(plan, c).findAny().isEmpty())
                    .forEach(cause -> context.report(cause, "The cause '" + cause.getDescription() + "' ("
                            + Wording.words(cause.getCategory()) + ") in the analysis '"
                            + analysis.getTitle() + "' has no proposed action or intervention.",
                            createAction(plan, cause)));
        }
    }

    private static QuickFix createAction(ImplementationPlan plan, Cause cause) {
        return new QuickFix() {
            @Override
            public String label() {
                return "Create an action for the cause '" + cause.getDescription() + "'";
            }

            @Override
            public Command command(EditingDomain domain) {
                Action action = PeerPlanFactory.eINSTANCE.createAction();
                action.setTitle("Address: " + cause.getDescription());
                action.setStatus(ActionStatus.PLANNED);
                action.getAddresses().add(cause);
                Intervention intervention = PeerPlanFactory.eINSTANCE.createIntervention();
                intervention.setDescription(action.getTitle());
                intervention.getActions().add(action);
                CompoundCommand command = new CompoundCommand(label());
                command.append(AddCommand.create(domain, plan, PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__ACTIONS,
                        action));
                command.append(AddCommand.create(domain, cause, PeerPlanPackage.Literals.CAUSE__INTERVENTIONS,
                        intervention));
                return command;
            }
        };
    }
}
