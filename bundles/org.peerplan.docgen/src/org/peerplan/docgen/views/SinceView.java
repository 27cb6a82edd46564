package org.peerplan.docgen.views;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peerplan.core.compare.Change;
import org.peerplan.core.compare.ChangeArea;
import org.peerplan.core.compare.ChangeKind;

/**
 * What moved since the plan the board saw last, for the board pack's opening section: the changes area by area, and
 * how many tasks and actions got done and how many tasks slipped. Absent when no earlier plan is given.
 */
final class SinceView {

    private SinceView() {
    }

    static Map<String, Object> none() {
        return Map.of("present", false);
    }

    static Map<String, Object> of(List<Change> changes, LocalDate earlier) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("present", true);
        view.put("earlier", Formats.date(earlier));
        view.put("count", changes.size());
        view.put("done", changes.stream().filter(c -> c.kind() == ChangeKind.COMPLETED).count());
        view.put("slipped", changes.stream().filter(c -> c.kind() == ChangeKind.MOVED && c.workingDays() > 0).count());
        view.put("resolved", changes.stream().filter(c -> c.kind() == ChangeKind.RESOLVED).count());
        view.put("areas", java.util.Arrays.stream(ChangeArea.values())
                .map(area -> Map.of("title", area.title(), "changes", changes.stream().filter(c -> c.area() == area)
                        .map(c -> Map.of("kind", Formats.capitalized(c.kind().name().toLowerCase()), "text", c.text()))
                        .toList()))
                .filter(a -> !((List<?>) a.get("changes")).isEmpty()).toList());
        return view;
    }
}
