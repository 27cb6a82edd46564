package org.peerplan.core.internal.rules;

import java.util.List;
import java.util.Map;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.PeerRole;
import org.peerplan.model.Person;

/**
 * R7: everyone who supervises a peer role, administratively or for professional development, is trained in the
 * peer role's responsibilities and values.
 * <p>
 * The rule's second part, "ideally the supervisor has peer job experience", is left to R6: the source splits
 * supervision in two and accepts anyone suitable, such as a Medicaid-required master's-level clinician, for the
 * administrative part, while R6 already reports, as an error, every role whose professional-development
 * supervisor has not worked in a peer role. A role without a supervisor who has peer job experience is therefore
 * always an R6 finding, and R7 does not report the same supervisor a second time.
 */
final class R07SupervisorTrainedInPeerRole extends Rule {

    R07SupervisorTrainedInPeerRole() {
        super("R7", Area.STAFFING, Strength.ADVISORY,
                Citations.cite(Citations.TRANSCOM, "How should peer support workers be supervised?"));
    }

    @Override
    public void check(RuleContext context) {
        for (Map.Entry<Person, List<PeerRole>> entry : PeerSupervisors.of(context.plan()).entrySet()) {
            Person supervisor = entry.getKey();
            if (!supervisor.isTrainedInPeerRole()) {
                context.report(supervisor, PeerSupervisors.name(supervisor) + ", who supervises "
                        + PeerSupervisors.roleTitles(entry.getValue()) + ", is not trained in the peer role's"
                        + " responsibilities and values: plan that training, for instance with a peer-run"
                        + " organization.");
            }
        }
    }
}
