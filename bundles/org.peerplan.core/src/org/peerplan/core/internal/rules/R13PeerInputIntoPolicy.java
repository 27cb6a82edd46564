package org.peerplan.core.internal.rules;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.AssessmentAnswerValue;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PlanningItemStatus;
import org.peerplan.model.PlanningStatus;

/**
 * R13: peers have formal input into workplace policies and direction. The model has no "peer seat" of its own; the
 * closest mechanical evidence, either of which passes the rule, is
 * <ul>
 * <li>competency question Q2-6 ("Are peer positions designated in management team meetings, program planning,
 * quality improvement…?") answered YES or PARTLY, or</li>
 * <li>planning item WD-1 ("Peers as equal participants") IN_PLACE or IN_PROGRESS.</li>
 * </ul>
 * PARTLY and IN_PROGRESS count because the rule asks that the plan provides for peer input, which a plan under way
 * does; an action that creates peer seats is expected to be linked from WD-1.
 */
final class R13PeerInputIntoPolicy extends Rule {

    private static final String SEATS_QUESTION = "Q2-6";

    private static final String EQUAL_PARTNERS = "WD-1";

    private static final Set<AssessmentAnswerValue> SEATS_ANSWERS = EnumSet.of(AssessmentAnswerValue.YES,
            AssessmentAnswerValue.PARTLY);

    private static final Set<PlanningStatus> UNDER_WAY = EnumSet.of(PlanningStatus.IN_PLACE,
            PlanningStatus.IN_PROGRESS);

    R13PeerInputIntoPolicy() {
        super("R13", Area.STAFFING, Strength.ADVISORY, Citations.cite(Citations.TRANSCOM, "threats"));
    }

    @Override
    public void check(RuleContext context) {
        ImplementationPlan plan = context.plan();
        boolean seats = plan.getReadiness().getCompetencies().stream().flatMap(c -> c.getAnswers().stream())
                .anyMatch(a -> a.getQuestion() != null && SEATS_QUESTION.equals(a.getQuestion().getCode())
                        && SEATS_ANSWERS.contains(a.getValue()));
        Optional<PlanningItemStatus> partners = plan.getPolicyReview().getPlanningItems().stream()
                .filter(p -> p.getItem() != null && EQUAL_PARTNERS.equals(p.getItem().getCode())).findFirst();
        if (seats || partners.map(p -> UNDER_WAY.contains(p.getStatus())).orElse(false)) {
            return;
        }
        EObject element = partners.<EObject>map(p -> p).orElse(plan.getPolicyReview());
        context.report(element, "The plan gives peers no formal input into policies and direction: neither are peer"
                + " seats designated in management meetings, program planning and quality improvement (Q2-6), nor is"
                + " planning item WD-1, peers as equal partners, in place or in progress.");
    }
}
