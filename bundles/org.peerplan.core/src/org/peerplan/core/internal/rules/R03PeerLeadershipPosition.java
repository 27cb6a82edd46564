package org.peerplan.core.internal.rules;

import java.util.List;
import java.util.stream.Stream;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerRole;
import org.peerplan.model.Person;

/**
 * R3: a leadership-team position with real authority leads the peer team, ideally held by someone with lived
 * experience. The leaders are the high-level administrators the peer roles report to or are supervised by (before
 * there are roles: every high-level administrator); "lived experience" is the person's peer flag.
 */
final class R03PeerLeadershipPosition extends Rule {

    R03PeerLeadershipPosition() {
        super("R3", Area.STAFFING, Strength.ADVISORY, Citations.cite(Citations.HANDBOOK, "An Interview Across Roles"));
    }

    @Override
    public void check(RuleContext context) {
        List<Person> leaders = leaders(context.plan());
        if (leaders.isEmpty()) {
            context.report(context.plan().getAgency(), "No leadership-team member leads the peer team: create a"
                    + " leadership position with real authority to oversee the implementation and lead the peers,"
                    + " ideally held by someone with lived experience.");
        } else if (leaders.stream().noneMatch(Person::isPeer)) {
            context.report(context.plan().getAgency(), "The peer team is led by " + String.join(" and ",
                    leaders.stream().map(PeerSupervisors::name).toList()) + ", without lived experience as a peer"
                    + " worker: ideally the leadership position over the peer team is held by someone with lived"
                    + " experience.");
        }
    }

    private static List<Person> leaders(ImplementationPlan plan) {
        if (plan.getRoles().isEmpty()) {
            return plan.getAgency().getPeople().stream().filter(Person::isHighLevelAdministrator).toList();
        }
        return plan.getRoles().stream()
                .flatMap((PeerRole r) -> Stream.of(r.getReportsTo(), r.getAdministrativeSupervisor()))
                .filter(p -> p != null && p.isHighLevelAdministrator()).distinct().toList();
    }
}
