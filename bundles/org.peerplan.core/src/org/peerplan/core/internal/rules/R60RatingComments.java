package org.peerplan.core.internal.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.peerplan.core.plan.Labels;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.EvaluationEntry;
import org.peerplan.model.EvaluationRating;
import org.peerplan.model.PerformanceEvaluation;
import org.peerplan.model.catalog.EvaluationCategoryDef;

/** R60: a category with a Developing or Not Enough Information rating has a comment. */
final class R60RatingComments extends Rule {

    private static final Set<EvaluationRating> NEED_COMMENT = Set.of(EvaluationRating.DEVELOPING,
            EvaluationRating.NOT_ENOUGH_INFORMATION);

    R60RatingComments() {
        super("R60", Area.ONBOARDING, Strength.EXPLICIT,
                Citations.cite(Citations.WISE, "Sample Peer Employee Performance Evaluation"));
    }

    @Override
    public void check(RuleContext context) {
        for (PerformanceEvaluation evaluation : context.plan().getPerformance().getEvaluations()) {
            Map<EvaluationCategoryDef, Long> needing = new LinkedHashMap<>();
            for (EvaluationEntry entry : evaluation.getRatings()) {
                if (NEED_COMMENT.contains(entry.getRating())
                        && entry.getItem() != null && entry.getItem().eContainer() instanceof EvaluationCategoryDef c) {
                    needing.merge(c, 1L, Long::sum);
                }
            }
            needing.forEach((category, count) -> {
                boolean commented = evaluation.getComments().stream().anyMatch(c -> c.getCategory() == category
                        && c.getComment() != null && !c.getComment().isBlank());
                if (!commented) {
                    context.report(evaluation, Labels.capitalized(PerformanceLookups.evaluation(evaluation))
                            + " rates " + count + (count == 1 ? " item" : " items") + " of '" + category.getName()
                            + "' Developing or Not Enough Information without a comment for that category: the"
                            + " form requires one.");
                }
            });
        }
    }
}
