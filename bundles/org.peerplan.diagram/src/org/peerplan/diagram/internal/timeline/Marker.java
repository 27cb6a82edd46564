package org.peerplan.diagram.internal.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.peerplan.core.readiness.QuizResult;
import org.peerplan.core.readiness.ReadinessScorer;
import org.peerplan.core.schedule.Schedule;
import org.peerplan.diagram.Palette;
import org.peerplan.diagram.Style;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.diagram.text.Dates;

/**
 * A dated vertical line across the chart, captioned at its top. The three kinds differ in dash as well as colour.
 *
 * @param meaning what the line stands for, in the legend
 */
record Marker(String id, LocalDate day, String caption, Style style, String meaning) {

    static final Style TODAY = new Style(null, Palette.REDDISH_PURPLE, 2, "6 3", Palette.TEXT);
    static final Style FIRST_PEER = new Style(null, Palette.BLUE, 3, null, Palette.TEXT);
    static final Style MINIMUM_HORIZON = new Style(null, Palette.BLACK, 1.5, "9 3 2 3", Palette.TEXT);

    static Marker today(DiagramInput input) {
        return new Marker("marker-today", input.asOf(), "Today\n" + Dates.day(input.asOf()), TODAY, "today");
    }

    /** The first peer's start, when the timeline sets it, and the band's minimum horizon, when there is a band. */
    static List<Marker> planned(DiagramInput input) {
        Schedule schedule = input.schedule();
        List<Marker> markers = new ArrayList<>();
        if (schedule.firstPeerStart() != null) {
            long months = schedule.horizonMonths();
            markers.add(new Marker("marker-first-peer", schedule.firstPeerStart(), "First peer starts\n"
                    + Dates.day(schedule.firstPeerStart()) + (months < 0 ? "" : ", after " + months + " months"),
                    FIRST_PEER, "first peer starts"));
        }
        QuizResult quiz = input.plan().getReadiness() == null ? null
                : new ReadinessScorer(input.catalog()).quiz(input.plan().getReadiness());
        if (quiz != null && quiz.band() != null) {
            LocalDate minimum = schedule.planStart().plusMonths(quiz.minimumMonths());
            markers.add(new Marker("marker-minimum-horizon", minimum, "Minimum horizon\n" + Dates.day(minimum)
                    + ": " + quiz.minimumMonths() + " months for readiness band " + quiz.band().getMinTrue() + "–"
                    + quiz.band().getMaxTrue() + " True" + (quiz.minimumInferred() ? " (inferred)" : ""),
                    MINIMUM_HORIZON, "minimum preparation horizon for the readiness quiz's band"));
        }
        return markers;
    }
}
