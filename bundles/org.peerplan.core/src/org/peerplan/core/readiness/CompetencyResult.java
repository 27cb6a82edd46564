package org.peerplan.core.readiness;

import org.peerplan.model.CompetencyRating;
import org.peerplan.model.catalog.CompetencyDef;

/**
 * One agency competency as the plan assesses it: the consultant's rating and how the competency's questions were
 * answered. A competency the plan does not assess is NOT_RATED with every question unanswered.
 */
public record CompetencyResult(CompetencyDef competency, CompetencyRating rating, int yes, int partly, int no,
        int unanswered) {
}
