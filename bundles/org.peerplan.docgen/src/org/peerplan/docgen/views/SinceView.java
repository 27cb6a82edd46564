package org.peerplan.docgen.views;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peerplan.core.compare.Change;
import org.peerplan.core.compare.ChangeArea;
import org.peerplan.core.compare.ChangeKind;
import org.peerplan.core.compare.PlanStatus;
import org.peerplan.core.compare.Progress;
import org.peerplan.core.compare.StageStatus;
import org.peerplan.core.compare.StatusAtAGlance;

/**
 * What moved since the plan the board saw last, for the board pack's opening section: the status at a glance, the
 * changes area by area, and how many tasks and actions got done and how many tasks slipped. Absent when there is
 * neither an earlier plan to compare with nor a current baseline.
 */
final class SinceView {

    private SinceView() {
    }

    static Map<String, Object> none() {
        return Map.of("present", false);
    }

    /**
     * @param baseline the name of the baseline compared with, or null for an earlier version of the plan
     * @param earlier  the day that version was prepared or the baseline set
     */
    static Map<String, Object> of(List<Change> changes, String baseline, LocalDate earlier, PlanStatus status) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("present", true);
        view.put("baseline", Formats.text(baseline));
        view.put("earlier", Formats.date(earlier));
        view.put("count", changes.size());
        view.put("done", changes.stream().filter(c -> c.kind() == ChangeKind.COMPLETED).count());
        view.put("slipped", changes.stream().filter(c -> c.kind() == ChangeKind.MOVED && c.workingDays() > 0).count());
        view.put("resolved", changes.stream().filter(c -> c.kind() == ChangeKind.RESOLVED).count());
        view.put("areas", Arrays.stream(ChangeArea.values())
                .map(area -> Map.of("title", area.title(), "changes", changes.stream().filter(c -> c.area() == area)
                        .map(c -> Map.of("kind", Formats.capitalized(c.kind().name().toLowerCase()), "text", c.text()))
                        .toList()))
                .filter(a -> !((List<?>) a.get("changes")).isEmpty()).toList());
        view.put("overall", progress(status.overall()));
        view.put("lateAfter", StatusAtAGlance.LATE_AFTER_WORKING_DAYS);
        view.put("stages", status.stages().stream().map(SinceView::stage).toList());
        return view;
    }

    private static Map<String, Object> stage(StageStatus stage) {
        return Map.of("name", Formats.text(stage.stage()), "status", progress(stage.progress()), "forecast",
                Formats.date(stage.forecastFinish()), "planned", Formats.date(stage.plannedFinish()), "reason",
                stage.reason());
    }

    private static Map<String, Object> progress(Progress progress) {
        return Map.of("word", progress.word(), "shape", progress.shape(), "colour", progress.colour(), "id",
                progress.name().toLowerCase().replace('_', '-'));
    }
}
