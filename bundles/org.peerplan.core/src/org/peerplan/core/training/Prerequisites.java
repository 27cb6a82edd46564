package org.peerplan.core.training;

import java.time.LocalDate;
import java.util.List;

import org.peerplan.model.Person;
import org.peerplan.model.TrainingSession;
import org.peerplan.model.catalog.CourseDef;

/**
 * Whether a session's participants completed its course's prerequisite first (WRAP Seminar I before Seminar II):
 * a prerequisite session counts when it has finished by the day the session starts.
 */
public final class Prerequisites {

    private Prerequisites() {
    }

    /** The day after the session's last day: a two-day course on 8 November finishes on 10 November. */
    public static LocalDate finish(TrainingSession session) {
        int days = session.getCourse() == null ? 1 : Math.max(1, session.getCourse().getDays());
        return session.getDate().plusDays(days);
    }

    /** Sessions of the prerequisite course finished by the time {@code session} starts; none for undated sessions. */
    public static List<TrainingSession> finishedBefore(TrainingSession session, List<TrainingSession> all) {
        CourseDef prerequisite = session.getCourse() == null ? null : session.getCourse().getPrerequisite();
        if (prerequisite == null || session.getDate() == null) {
            return List.of();
        }
        return all.stream().filter(s -> s.getCourse() == prerequisite && s.getDate() != null)
                .filter(s -> !finish(s).isAfter(session.getDate())).toList();
    }

    /**
     * Named participants of {@code session} who attend no prerequisite session finished before it: all of them when
     * the session has no date yet, none when its course has no prerequisite.
     */
    public static List<Person> missing(TrainingSession session, List<TrainingSession> all) {
        if (session.getCourse() == null || session.getCourse().getPrerequisite() == null) {
            return List.of();
        }
        if (session.getDate() == null) {
            return List.copyOf(session.getAttendees());
        }
        List<TrainingSession> before = finishedBefore(session, all);
        return session.getAttendees().stream()
                .filter(p -> before.stream().noneMatch(s -> s.getAttendees().contains(p))).toList();
    }
}
