package org.peerplan.core.compare;

import java.time.LocalDate;

/**
 * Where one stage stands.
 *
 * @param forecastFinish  the day its last task can end at the earliest, given what is not done by the as-of date
 * @param plannedFinish   the day it was to end: by the baseline when one is given and holds its tasks, else by the
 *                        schedule as it stands
 * @param slipWorkingDays working days from the planned to the forecast finish; 0 or less is on time
 * @param reason          why, in a sentence
 */
public record StageStatus(String stage, Progress progress, LocalDate forecastFinish, LocalDate plannedFinish,
        long slipWorkingDays, String reason) {
}
