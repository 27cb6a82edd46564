package org.peerplan.core.internal.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.AssessmentAnswerValue;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.TrainingSession;
import org.peerplan.model.catalog.TrainingAudience;

/**
 * R78: role-clarity artefacts exist. The model has no feature for handoffs, so PeerPlan reads them from the plan's
 * words: an action, intervention or task whose title, description or deliverable speaks of handoffs or workflows.
 * Clinician education on the peer role is structural: a session of a menu course aimed at leaders, managers and
 * clinicians, a session covering the staff readiness-training elements (RT-a..RT-e), or competency question Q9-11
 * ("Have clinical and treatment staff been taught about the peer role?") answered Yes.
 */
final class R78RoleClarity extends Rule {

    /** Phrases that name handoffs and workflows, found anywhere in the text regardless of case; PeerPlan's list. */
    private static final List<String> HANDOFF_WORDS = List.of("handoff", "hand-off", "hand off", "workflow",
            "work flow");

    private static final Set<TrainingAudience> CLINICIAN_AUDIENCES = Set.of(
            TrainingAudience.LEADERSHIP_MANAGERS_CLINICIANS_MH_PROFESSIONALS,
            TrainingAudience.LEADERSHIP_MANAGERS_CLINICIANS_CONTRACT_MONITORS);

    private static final String CLINICIANS_TAUGHT = "Q9-11";

    /** The code prefix of the staff readiness-training elements RT-a..RT-e. */
    private static final String READINESS_ELEMENTS = "RT-";

    R78RoleClarity() {
        super("R78", Area.CULTURE, Strength.ADVISORY, Citations.cite(Citations.WEBINAR, "Role Clarity"));
    }

    @Override
    public void check(RuleContext context) {
        ImplementationPlan plan = context.plan();
        Stream<String> texts = Stream.of(
                plan.getActions().stream().flatMap(a -> Stream.of(a.getTitle(), a.getDescription())),
                PlanQueries.causes(plan).flatMap(c -> c.getInterventions().stream()).map(i -> i.getDescription()),
                PlanQueries.tasks(plan).flatMap(t -> Stream.of(t.getName(), t.getDescription(), t.getDeliverable())))
                .flatMap(s -> s);
        if (texts.noneMatch(R78RoleClarity::speaksOfHandoffs)) {
            context.report(plan, "The plan defines no handoffs or workflows between peers and clinicians: plan an"
                    + " action, such as a peer role charter, that sets out referrals and handoffs.");
        }
        if (!cliniciansEducated(plan)) {
            context.report(plan.getTrainingPlan(), "The plan does not educate clinicians on the peer role: schedule"
                    + " staff readiness training or a course for leaders, managers and clinicians such as Making"
                    + " Connections.");
        }
    }

    private static boolean speaksOfHandoffs(String text) {
        return text != null && HANDOFF_WORDS.stream().anyMatch(text.toLowerCase(Locale.ROOT)::contains);
    }

    private static boolean cliniciansEducated(ImplementationPlan plan) {
        for (TrainingSession session : plan.getTrainingPlan().getSessions()) {
            boolean forClinicians = session.getCourse() != null
                    && CLINICIAN_AUDIENCES.contains(session.getCourse().getAudience());
            boolean readiness = session.getCovers().stream()
                    .anyMatch(i -> String.valueOf(i.getCode()).startsWith(READINESS_ELEMENTS));
            if (forClinicians || readiness) {
                return true;
            }
        }
        return plan.getReadiness().getCompetencies().stream().flatMap(c -> c.getAnswers().stream())
                .anyMatch(a -> a.getQuestion() != null && CLINICIANS_TAUGHT.equals(a.getQuestion().getCode())
                        && a.getValue() == AssessmentAnswerValue.YES);
    }
}
