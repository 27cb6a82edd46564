package org.peerplan.core.compare;

import java.util.List;

/**
 * Status at a glance: the plan's and each stage's progress.
 *
 * @param overall  the worst of the stages', or done when all are
 * @param baseline the name of the baseline measured against, or null when the plan is measured against its own
 *                 schedule
 */
public record PlanStatus(Progress overall, List<StageStatus> stages, String baseline) {
}
