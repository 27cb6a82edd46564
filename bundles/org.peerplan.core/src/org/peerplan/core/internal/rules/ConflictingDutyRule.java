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
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.PeerRole;
import org.peerplan.model.catalog.Catalog;
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
        List<ConflictingDutyDef> conflicting = DutyConflicts.withCodes(context.catalog(), dutyCodes);
        for (PeerRole role : context.plan().getRoles()) {
            for (Duty duty : role.getDuties()) {
                conflict(duty, conflicting).ifPresent(d -> context.report(duty, "The " + role.getTitle()
                        + " role's duty '" + duty.getDescription() + "' is " + d.getName().toLowerCase() + " ("
                        + d.getCode() + "), which conflicts with the peer role: remove it or give it to other staff.",
                        remove(role, duty)));
            }
        }
    }

    /** Whether this rule reports {@code duty}; R21 leaves such duties to it. */
    final boolean reports(Duty duty, Catalog catalog) {
        return conflict(duty, DutyConflicts.withCodes(catalog, dutyCodes)).isPresent();
    }

    private Optional<ConflictingDutyDef> conflict(Duty duty, List<ConflictingDutyDef> conflicting) {
        if (routineOnly && !duty.isRoutine()) {
            return Optional.empty();
        }
        return DutyConflicts.find(duty, conflicting);
    }

    /**
     * Removes the duty from the role. The command names its owner and feature: without them EMF asks the model's item
     * providers for the duty's parent, and where none are registered (core's tests, the command line) it cannot
     * execute.
     */
    static QuickFix remove(PeerRole role, Duty duty) {
        return new QuickFix() {
            @Override
            public String label() {
                return "Remove the duty '" + duty.getDescription() + "' from " + role.getTitle();
            }

            @Override
            public Command command(EditingDomain domain) {
                return RemoveCommand.create(domain, role, PeerPlanPackage.Literals.PEER_ROLE__DUTIES, duty);
            }
        };
    }
}
