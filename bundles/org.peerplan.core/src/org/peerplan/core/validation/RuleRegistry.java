package org.peerplan.core.validation;

import java.util.List;
import java.util.Optional;

import org.peerplan.core.internal.rules.AllRules;

/** The rules PeerPlan checks, in the order of DOMAIN §9. */
public final class RuleRegistry {

    private RuleRegistry() {
    }

    public static List<Rule> all() {
        return AllRules.list();
    }

    public static Optional<Rule> byId(String id) {
        return all().stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
