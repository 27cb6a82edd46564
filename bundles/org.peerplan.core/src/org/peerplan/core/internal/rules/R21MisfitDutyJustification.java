package org.peerplan.core.internal.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.Duty;
import org.peerplan.model.PeerRole;
import org.peerplan.model.catalog.Catalog;
import org.peerplan.model.catalog.ConflictingDutyDef;
import org.peerplan.model.catalog.RoleMisfitCategory;

/**
 * R21: a duty that falls in one of the three misfit categories (busy work, agenda, power imbalance) needs a
 * justification or must go. A duty is in a category through the catalog's conflicting duty it is flagged with or
 * worded like (DOMAIN §6.3). Duties that R14–R20 report are left to them, since those rules forbid the duty whatever
 * the justification; what remains for R21 are the occasional duties R18 and R20 allow, such as giving a ride when
 * the person asks, which the role must justify.
 */
final class R21MisfitDutyJustification extends Rule {

    private static final Set<RoleMisfitCategory> MISFITS = EnumSet.of(RoleMisfitCategory.BUSY_WORK,
            RoleMisfitCategory.AGENDA, RoleMisfitCategory.POWER_IMBALANCE);

    private final List<ConflictingDutyRule> specific;

    /** @param specific the rules of the individual conflicting duties, R14–R20 */
    R21MisfitDutyJustification(List<ConflictingDutyRule> specific) {
        super("R21", Area.ROLES, Strength.INFERRED, Citations.cite(Citations.HANDBOOK,
                "Is that really part of a 'peer' role?"));
        this.specific = List.copyOf(specific);
    }

    @Override
    public void check(RuleContext context) {
        Catalog catalog = context.catalog();
        List<ConflictingDutyDef> misfits = catalog.getConflictingDuties().stream()
                .filter(d -> d.getCategories().stream().anyMatch(MISFITS::contains)).toList();
        for (PeerRole role : context.plan().getRoles()) {
            for (Duty duty : role.getDuties()) {
                if ((duty.getJustification() != null && !duty.getJustification().isBlank())
                        || specific.stream().anyMatch(r -> r.reports(duty, catalog))) {
                    continue;
                }
                DutyConflicts.find(duty, misfits).ifPresent(d -> context.report(duty, "The " + role.getTitle()
                        + " role's duty '" + duty.getDescription() + "' is " + categories(d) + " (" + d.getCode()
                        + " " + d.getName().toLowerCase(Locale.ROOT) + ") and has no justification: record why it"
                        + " belongs in the peer role, for instance that it is done only at the person's request, or"
                        + " remove it.", ConflictingDutyRule.remove(role, duty)));
            }
        }
    }

    private static String categories(ConflictingDutyDef duty) {
        List<String> names = duty.getCategories().stream().filter(MISFITS::contains)
                .map(Wording::words).toList();
        return String.join(" and ", names);
    }
}
