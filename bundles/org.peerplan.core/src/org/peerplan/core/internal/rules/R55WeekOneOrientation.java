package org.peerplan.core.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.Task;
import org.peerplan.model.Timeline;
import org.peerplan.model.TrainingSession;

/**
 * R55: new peers attend a peer orientation in week one. The orientation is the timeline task made from the WISE
 * Peer Orientation Program template (OB-30-4), or an equivalent task or training session that covers every topic of
 * the orientation (PO-1..PO-10); one of them must start in the seven days from the first peer's start.
 */
final class R55WeekOneOrientation extends Rule {

    /** The task template of the WISE Peer Orientation Program. */
    private static final String ORIENTATION_TASK = "OB-30-4";

    /** The catalog checklist of the orientation's topics. */
    private static final String ORIENTATION_TOPICS = "ORIENTATION";

    /** Week one: the first peer's start day and the six days after it. */
    private static final int WEEK_DAYS = 7;

    R55WeekOneOrientation() {
        super("R55", Area.TRAINING, Strength.EXPLICIT,
                Citations.cite(Citations.WISE, "Onboarding › Week One"));
    }

    private record Orientation(EObject element, String label, Optional<LocalDate> start) {
    }

    @Override
    public void check(RuleContext context) {
        Timeline timeline = context.plan().getTimeline();
        LocalDate firstPeer = timeline.getFirstPeerStart();
        if (firstPeer == null) {
            return;
        }
        List<Orientation> orientations = orientations(context);
        if (orientations.isEmpty()) {
            context.report(timeline, "The plan has no peer orientation for new peers' first week: add the WISE Peer"
                    + " Orientation Program (or an equivalent covering its ten topics) starting between " + firstPeer
                    + " and " + firstPeer.plusDays(WEEK_DAYS - 1) + ".");
            return;
        }
        LocalDate weekEnd = firstPeer.plusDays(WEEK_DAYS);
        boolean inWeekOne = orientations.stream().anyMatch(o -> o.start().isEmpty()
                || (!o.start().get().isBefore(firstPeer) && o.start().get().isBefore(weekEnd)));
        if (!inWeekOne) {
            Orientation first = orientations.get(0);
            context.report(first.element(), "The peer orientation, " + first.label() + ", starts on "
                    + first.start().get() + ", outside the first peers' week one (" + firstPeer + " to "
                    + firstPeer.plusDays(WEEK_DAYS - 1) + "): new peers attend it in their first week.");
        }
    }

    /** The orientation task first, then equivalent tasks and sessions; an unknown start means it cannot be judged. */
    private static List<Orientation> orientations(RuleContext context) {
        Set<String> topics = TrainingLookups.codes(TrainingLookups.checklist(context.catalog(), ORIENTATION_TOPICS));
        List<Orientation> found = new ArrayList<>();
        PlanQueries.tasks(context.plan())
                .filter(t -> isTemplate(t) || covers(TrainingLookups.codes(t.getCovers()), topics))
                .sorted(Comparator.comparing(t -> !isTemplate(t)))
                .forEach(t -> found.add(
                        new Orientation(t, "task '" + t.getName() + "'", TrainingLookups.start(context, t))));
        for (TrainingSession session : context.plan().getTrainingPlan().getSessions()) {
            if (covers(TrainingLookups.codes(session.getCovers()), topics)) {
                found.add(new Orientation(session, "session '" + TrainingLookups.name(session) + "'",
                        Optional.ofNullable(session.getDate())));
            }
        }
        return found;
    }

    private static boolean isTemplate(Task task) {
        return task.getTemplate() != null && ORIENTATION_TASK.equals(task.getTemplate().getCode());
    }

    private static boolean covers(Set<String> covered, Set<String> topics) {
        return !topics.isEmpty() && covered.containsAll(topics);
    }
}
