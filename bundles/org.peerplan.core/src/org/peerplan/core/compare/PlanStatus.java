package org.peerplan.core.compare;

import java.util.List;
import java.util.stream.Collectors;

import org.peerplan.core.plan.Labels;

/**
 * Status at a glance: the plan's and each stage's progress.
 *
 * @param overall  the worst of the stages', or done when all are
 * @param baseline the name of the baseline measured against, or null when the plan is measured against its own
 *                 schedule
 */
public record PlanStatus(Progress overall, List<StageStatus> stages, String baseline) {

    /** "Of the 10 stages, 1 is late and 2 at risk, against baseline 'Board approval, May 2027'". */
    public String counts() {
        long late = stages.stream().filter(s -> s.progress() == Progress.LATE).count();
        long risky = stages.stream().filter(s -> s.progress() == Progress.AT_RISK).count();
        return "Of the " + Labels.count(stages.size(), "stage", "stages") + ", " + late + (late == 1 ? " is" : " are")
                + " late and " + risky + " at risk, against " + (baseline == null
                        ? "the schedule itself (no baseline is set)" : "baseline '" + baseline + "'");
    }

    /** Each stage on a line of its own: "■ Late — Recruitment: Forecast to end …". */
    public String byStage() {
        return stages.stream().map(s -> s.progress().shape() + " " + s.progress().word() + " — " + s.stage() + ": "
                + s.reason()).collect(Collectors.joining("\n"));
    }
}
