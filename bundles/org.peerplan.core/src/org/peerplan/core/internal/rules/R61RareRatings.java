package org.peerplan.core.internal.rules;

import java.time.LocalDate;

import org.peerplan.core.plan.Labels;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.EvaluationRating;
import org.peerplan.model.PerformanceEvaluation;

/**
 * R61: the rare ratings stay rare. More than a few Not Applicable items suggest the competencies were read too
 * narrowly; Not Enough Information in a new employee's evaluation may stand in for Developing.
 */
final class R61RareRatings extends Rule {

    /**
     * "More than a few" Not Applicable items: the source gives no number. PeerPlan allows three of the form's 60 items
     * (5%), since the source asks for N/A only when a competency is completely unrelated to the position.
     */
    static final int MAX_NOT_APPLICABLE = 3;

    /**
     * How long an employee counts as new, from the plan's first peer start: the source gives no period. PeerPlan uses
     * the first year, which covers the usual probation and first annual evaluation.
     */
    static final int NEW_EMPLOYEE_MONTHS = 12;

    R61RareRatings() {
        super("R61", Area.ONBOARDING, Strength.ADVISORY,
                Citations.cite(Citations.WISE, "Sample Peer Employee Performance Evaluation › Definitions"));
    }

    @Override
    public void check(RuleContext context) {
        LocalDate firstPeer = context.plan().getTimeline().getFirstPeerStart();
        for (PerformanceEvaluation evaluation : context.plan().getPerformance().getEvaluations()) {
            String what = Labels.capitalized(PerformanceLookups.evaluation(evaluation));
            long notApplicable = count(evaluation, EvaluationRating.NOT_APPLICABLE);
            if (notApplicable > MAX_NOT_APPLICABLE) {
                context.report(evaluation, what + " rates " + notApplicable + " items Not Applicable: use it only for"
                        + " a competency completely unrelated to the position, reading the competencies broadly.");
            }
            long notEnough = count(evaluation, EvaluationRating.NOT_ENOUGH_INFORMATION);
            if (notEnough > 0 && firstPeer != null && evaluation.getDate() != null
                    && evaluation.getDate().isBefore(firstPeer.plusMonths(NEW_EMPLOYEE_MONTHS))) {
                context.report(evaluation, what + " rates " + notEnough + (notEnough == 1 ? " item" : " items")
                        + " Not Enough Information in the employee's first year: for a new employee who is still"
                        + " learning, rate Developing instead.");
            }
        }
    }

    private static long count(PerformanceEvaluation evaluation, EvaluationRating rating) {
        return evaluation.getRatings().stream().filter(e -> e.getRating() == rating).count();
    }
}
