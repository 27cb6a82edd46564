package org.peerplan.core.readiness;

import java.util.List;

import org.peerplan.model.Respondent;
import org.peerplan.model.catalog.ReadinessBandDef;

/**
 * The timeline readiness quiz as the organization answers it.
 *
 * @param band           the band of the organization's True count, or {@code null} when nobody answered the quiz
 * @param respondentTrue each respondent's own True count, in the plan's order
 */
public record QuizResult(List<QuizItemResult> items, int organizationTrueCount, ReadinessBandDef band,
        List<Respondent> respondents, List<Integer> respondentTrue) {

    /** The minimum preparation horizon in months the band calls for, or 0 without a band. */
    public int minimumMonths() {
        return band == null ? 0 : band.getMinimumMonths();
    }

    /** True when the band's minimum is this catalog's inference rather than the source's statement. */
    public boolean minimumInferred() {
        return band != null && !band.isMinimumStated();
    }

    public List<QuizItemResult> disputedItems() {
        return items.stream().filter(QuizItemResult::disputed).toList();
    }

    public List<QuizItemResult> unansweredItems() {
        return items.stream().filter(QuizItemResult::unanswered).toList();
    }
}
