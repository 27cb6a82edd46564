package org.peerplan.core.internal.rules;

import java.util.List;

import org.peerplan.core.plan.Labels;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.Person;
import org.peerplan.model.StaffLevel;
import org.peerplan.model.TrainingSession;

/**
 * R53: sessions of the courses that train managers and staff separately (Recovery 101, Peer Support 101) do not mix
 * named managers or executives with named staff. Unnamed attendees cannot be checked.
 */
final class R53ManagersAndStaffApart extends Rule {

    R53ManagersAndStaffApart() {
        super("R53", Area.TRAINING, Strength.EXPLICIT,
                Citations.cite(Citations.WISE, "Training Menu (target audience)"));
    }

    @Override
    public void check(RuleContext context) {
        for (TrainingSession session : context.plan().getTrainingPlan().getSessions()) {
            if (session.getCourse() == null || !session.getCourse().isManagersAndStaffSeparate()) {
                continue;
            }
            List<Person> managers = session.getAttendees().stream()
                    .filter(p -> p.getLevel() == StaffLevel.MANAGER || p.getLevel() == StaffLevel.EXECUTIVE).toList();
            List<Person> staff = session.getAttendees().stream().filter(p -> p.getLevel() == StaffLevel.STAFF).toList();
            if (!managers.isEmpty() && !staff.isEmpty()) {
                String what = Labels.capitalized(TrainingLookups.session(session));
                context.report(session, what + " mixes managers ("
                        + TrainingLookups.names(managers) + ") with staff (" + TrainingLookups.names(staff)
                        + "): this course trains managers and staff separately, so hold a session for each.");
            }
        }
    }
}
