package org.peerplan.core.internal.rules;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.peerplan.core.plan.Labels;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.Action;
import org.peerplan.model.ImplementationPlan;

/**
 * R70: actions address root causes, not symptoms. An action that addresses no cause and that no intervention lists
 * is flagged, unless it has another reason to exist: a policy finding it resolves, a task that carries it out, or a
 * risk it mitigates.
 * <p>
 * The rule's other half, "every intervention references at least one root cause", always holds: an intervention is
 * contained in the cause it answers.
 */
final class R70SymptomAction extends Rule {

    R70SymptomAction() {
        super("R70", Area.ROOT_CAUSES, Strength.INFERRED,
                Citations.cite(Citations.WISE, "Analyzing Leadership Challenges: Root Cause Analysis, step 3"));
    }

    @Override
    public void check(RuleContext context) {
        ImplementationPlan plan = context.plan();
        Set<Action> listed = Stream.concat(PlanQueries.causes(plan).flatMap(c -> c.getInterventions().stream())
                .flatMap(i -> i.getActions().stream()), plan.getRisks().stream().flatMap(r -> r.getActions().stream()))
                .collect(Collectors.toSet());
        for (Action action : plan.getActions()) {
            if (action.getAddresses().isEmpty() && !listed.contains(action) && action.getFindings().isEmpty()
                    && action.getTasks().isEmpty()) {
                context.report(action, "The " + Labels.of(action) + " addresses no root cause and is linked to no"
                        + " intervention, policy finding, task or risk: it may address a symptom. Link it to the"
                        + " cause it addresses.");
            }
        }
    }
}
