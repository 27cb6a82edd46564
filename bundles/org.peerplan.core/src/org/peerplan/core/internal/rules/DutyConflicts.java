package org.peerplan.core.internal.rules;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.peerplan.model.Duty;
import org.peerplan.model.catalog.Catalog;
import org.peerplan.model.catalog.ConflictingDutyDef;

/**
 * Which of the catalog's conflicting duties (DOMAIN §6.3) a role's duty is: the one the consultant flagged it with,
 * or else the first whose keywords its wording matches.
 */
final class DutyConflicts {

    private DutyConflicts() {
    }

    /** The catalog's conflicting duties with these codes, in catalog order. */
    static List<ConflictingDutyDef> withCodes(Catalog catalog, Collection<String> codes) {
        return catalog.getConflictingDuties().stream().filter(d -> codes.contains(d.getCode())).toList();
    }

    /** The conflicting duty among {@code candidates} that {@code duty} is flagged with or worded like, if any. */
    static Optional<ConflictingDutyDef> find(Duty duty, Collection<ConflictingDutyDef> candidates) {
        if (duty.getConflictsWith() != null && candidates.contains(duty.getConflictsWith())) {
            return Optional.of(duty.getConflictsWith());
        }
        return candidates.stream().filter(d -> PlanQueries.matches(duty.getDescription(), d)).findFirst();
    }
}
