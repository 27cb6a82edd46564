package org.peerplan.core.internal.rules;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.QuickFix;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.Duty;
import org.peerplan.model.PeerRole;
import org.peerplan.model.catalog.ConflictingDutyDef;

/**
 * The rules that keep a duty out of peer roles: a duty the consultant flagged with one of the rule's conflicting
 * duties, or whose wording matches one, is reported with a fix that removes it from the role.
 */
abstract class ConflictingDutyRule extends Rule {

    private final List<String> dutyCodes;

    private final boolean routineOnly;

    /**
     * @param routineOnly when true only routine duties are reported: the source allows occasional, requested help
     */
    ConflictingDutyRule(String id, Strength strength, String citation, boolean routineOnly, String... dutyCodes) {
        super(id, Area.ROLES, strength, citation);
        this.dutyCodes = List.of(dutyCodes);
        this.routineOnly = routineOnly;
    }

    @Override
    public void check(RuleContext context) {
        List<ConflictingDutyDef> conflicting = context.catalog().getConflictingDuties().stream()
                .filter(d -> dutyCodes.contains(d.getCode())).toList();
        for (PeerRole role : context.plan().getRoles()) {
            for (Duty duty : role.getDuties()) {
                if (routineOnly && !duty.isRoutine()) {
                    continue;
                }
                conflict(duty, conflicting).ifPresent(d -> context.report(duty, "The " + role.getTitle()
                        + " role's duty '" + duty.getDescription() + "' is " + d.getName().toLowerCase() + " ("
                        + d.getCode() + "), which conflicts with the peer role: remove it or give it to other staff.",
                        remove(role, duty)));
            }
        }
    }

    private static Optional<ConflictingDutyDef> conflict(Duty duty, List<ConflictingDutyDef> conflicting) {
        if (duty.getConflictsWith() != null && conflicting.contains(duty.getConflictsWith())) {
            return Optional.of(duty.getConflictsWith());
        }
        return conflicting.stream().filter(d -> PlanQueries.matches(duty.getDescription(), d)).findFirst();
    }

    static QuickFix remove(PeerRole role, Duty duty) {
        return new QuickFix() {
            @Override
            public String label() {
                return "Remove the duty '" + duty.getDescription() + "' from " + role.getTitle();
            }

            @Override
            public Command command(EditingDomain domain) {
                return RemoveCommand.create(domain, duty);
            }
        };
    }
}
