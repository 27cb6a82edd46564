package org.peerplan.core.internal.rules;

import java.util.List;
import java.util.Map;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.PeerRole;
import org.peerplan.model.Person;

/** R8: a peer who supervises peer roles has had, or is scheduled for, training in supervising peers. */
final class R08PeerSupervisorTraining extends Rule {

    R08PeerSupervisorTraining() {
        super("R8", Area.STAFFING, Strength.ADVISORY,
                Citations.cite(Citations.HANDBOOK, "Stage 2 of Implementation › Identify appropriate supervisors"));
    }

    @Override
    public void check(RuleContext context) {
        for (Map.Entry<Person, List<PeerRole>> entry : PeerSupervisors.of(context.plan()).entrySet()) {
            Person supervisor = entry.getKey();
            if (supervisor.isPeer() && !supervisor.isPeerSupervisorTraining()) {
                context.report(supervisor, PeerSupervisors.name(supervisor) + ", a peer who supervises "
                        + PeerSupervisors.roleTitles(entry.getValue()) + ", has no peer-supervisor training planned:"
                        + " CPS training does not cover supervising peers, so schedule it.");
            }
        }
    }
}
