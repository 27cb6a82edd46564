package org.peerplan.core.internal.rules;

import java.util.Optional;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.CompetencyAssessment;
import org.peerplan.model.CompetencyRating;
import org.peerplan.model.ReadinessAssessment;
import org.peerplan.model.catalog.CompetencyDef;

/**
 * R76: each of the 11 core competencies has an assessment status. Competencies without a question set (COMP-08) are
 * rated by the consultant, so the check is the rating, not the answers.
 */
final class R76CompetenciesRated extends Rule {

    R76CompetenciesRated() {
        super("R76", Area.CULTURE, Strength.ADVISORY, Citations.cite(Citations.WISE, "Core Competencies for Agencies"));
    }

    @Override
    public void check(RuleContext context) {
        ReadinessAssessment readiness = context.plan().getReadiness();
        for (CompetencyDef competency : context.catalog().getCompetencies()) {
            Optional<CompetencyAssessment> assessment = readiness.getCompetencies().stream()
                    .filter(a -> a.getCompetency() == competency).findFirst();
            if (assessment.isEmpty()) {
                context.report(readiness, "The competency " + competency.getCode() + " " + competency.getName()
                        + " is not assessed: the plan addresses all 11 core competencies, each with a rating.");
            } else if (assessment.get().getRating() == CompetencyRating.NOT_RATED) {
                context.report(assessment.get(), "The competency " + competency.getCode() + " "
                        + competency.getName() + " has no rating" + (competency.getQuestions().isEmpty()
                                ? ": it has no question set, so the consultant rates it." : ": rate it."));
            }
        }
    }
}
