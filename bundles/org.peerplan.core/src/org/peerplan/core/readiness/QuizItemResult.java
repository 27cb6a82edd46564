package org.peerplan.core.readiness;

import org.peerplan.model.catalog.QuizItemDef;

/**
 * One quiz item across respondents.
 *
 * @param organizationTrue the organization's answer: True only when more respondents said True than False
 * @param agreement        the share of answering respondents who gave the most common answer, 0 when nobody answered
 */
public record QuizItemResult(QuizItemDef item, int trueCount, int falseCount, int unansweredCount,
        boolean organizationTrue, double agreement) {

    /** Respondents who answered gave different answers: the item needs a discussion before the band is trusted. */
    public boolean disputed() {
        return trueCount > 0 && falseCount > 0;
    }

    /** Nobody answered the item; it counts as not True. */
    public boolean unanswered() {
        return trueCount == 0 && falseCount == 0;
    }
}
