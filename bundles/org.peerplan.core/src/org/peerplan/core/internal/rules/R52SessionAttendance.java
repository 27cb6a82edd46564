package org.peerplan.core.internal.rules;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.TrainingSession;
import org.peerplan.model.catalog.CourseDef;

/** R52: each menu session's planned attendance is within the course's minimum and maximum. */
final class R52SessionAttendance extends Rule {

    R52SessionAttendance() {
        super("R52", Area.TRAINING, Strength.EXPLICIT,
                Citations.cite(Citations.WISE, "Professional Development Training Menu"));
    }

    @Override
    public void check(RuleContext context) {
        for (TrainingSession session : context.plan().getTrainingPlan().getSessions()) {
            CourseDef course = session.getCourse();
            if (course == null) {
                continue;
            }
            int attendance = session.getAttendees().size() + session.getAdditionalAttendees();
            if (attendance < course.getMinAttendance() || attendance > course.getMaxAttendance()) {
                context.report(session, "The " + course.getName() + " session" + (session.getDate() == null ? ""
                        : " on " + session.getDate()) + " plans " + attendance + " attendees ("
                        + session.getAttendees().size() + " named, " + session.getAdditionalAttendees()
                        + " more); the course takes " + course.getMinAttendance() + " to " + course.getMaxAttendance()
                        + ".");
            }
        }
    }
}
