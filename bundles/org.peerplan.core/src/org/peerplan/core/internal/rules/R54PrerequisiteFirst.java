package org.peerplan.core.internal.rules;

import java.util.List;

import org.peerplan.core.plan.Labels;
import org.peerplan.core.training.Prerequisites;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.Person;
import org.peerplan.model.TrainingSession;
import org.peerplan.model.catalog.CourseDef;

/**
 * R54: a session of a course with a prerequisite (WRAP Seminar II after WRAP Seminar I) comes after each named
 * participant has finished a session of the prerequisite. A session with no named participant needs at least one
 * finished prerequisite session before it. Sessions without a date are not scheduled yet and are not checked.
 */
final class R54PrerequisiteFirst extends Rule {

    R54PrerequisiteFirst() {
        super("R54", Area.TRAINING, Strength.EXPLICIT, Citations.cite(Citations.WISE, "WRAP® Seminar II description"));
    }

    @Override
    public void check(RuleContext context) {
        List<TrainingSession> sessions = context.plan().getTrainingPlan().getSessions();
        for (TrainingSession session : sessions) {
            CourseDef prerequisite = session.getCourse() == null ? null : session.getCourse().getPrerequisite();
            if (prerequisite == null || session.getDate() == null) {
                continue;
            }
            List<TrainingSession> before = Prerequisites.finishedBefore(session, sessions);
            String what = Labels.capitalized(TrainingLookups.session(session));
            if (session.getAttendees().isEmpty()) {
                if (before.isEmpty()) {
                    context.report(session, what + " comes after no " + prerequisite.getName() + " session: schedule"
                            + " it only after its participants have completed " + prerequisite.getName() + ".");
                }
                continue;
            }
            List<Person> missing = Prerequisites.missing(session, sessions);
            if (!missing.isEmpty()) {
                context.report(session, what + " includes " + TrainingLookups.names(missing) + " without a "
                        + prerequisite.getName() + " session finished before it: schedule " + session.getCourse()
                        .getName() + " only after the same participants have completed " + prerequisite.getName()
                        + ".");
            }
        }
    }
}
