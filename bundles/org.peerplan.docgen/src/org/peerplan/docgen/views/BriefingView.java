package org.peerplan.docgen.views;

import java.util.LinkedHashMap;
import java.util.Map;

import org.peerplan.core.briefing.BoardBriefing;
import org.peerplan.core.briefing.BoardBriefing.Deadline;
import org.peerplan.core.schedule.ScheduledTask;
import org.peerplan.model.Risk;

/** The values of the board pack's executive summary. */
final class BriefingView {

    private BriefingView() {
    }

    static Map<String, Object> of(BoardBriefing briefing) {
        Map<String, Object> view = new LinkedHashMap<>();
        boolean banded = briefing.quiz().band() != null;
        view.put("banded", banded);
        view.put("trueCount", briefing.quiz().organizationTrueCount());
        view.put("band", banded ? briefing.quiz().band().getMinTrue() + "–" + briefing.quiz().band().getMaxTrue() : "");
        view.put("bandReading", banded ? Formats.text(briefing.quiz().band().getText()) : "");
        view.put("minimumMonths", briefing.quiz().minimumMonths());
        view.put("minimumInferred", briefing.quiz().minimumInferred());
        view.put("planStart", Formats.date(briefing.planStart()));
        view.put("firstPeerStart", Formats.date(briefing.firstPeerStart()));
        view.put("firstPeerKnown", briefing.firstPeerStart() != null);
        view.put("plannedMonths", briefing.plannedMonths());
        view.put("meetsMinimum", briefing.horizonMeetsMinimum());
        view.put("earliestFirstPeerStart", Formats.date(briefing.earliestFirstPeerStart()));
        view.put("disputed", briefing.quiz().disputedItems().size());
        Deadline deadline = briefing.deadline();
        view.put("deadline", deadline == null ? "" : Formats.date(deadline.firstPeerBy()));
        view.put("deadlineMissed", deadline != null && briefing.firstPeerStart() != null
                && briefing.firstPeerStart().isAfter(deadline.firstPeerBy()));
        view.put("funder", deadline == null || deadline.funder() == null ? "" : Formats.text(deadline.funder()));
        view.put("decisions", briefing.decisions().stream().map(d -> Map.of("title", d.title(), "reason", d.reason(),
                "options", d.options().stream().map(o -> Map.of("choice", o.choice(), "consequence",
                        o.consequence())).toList())).toList());
        view.put("risks", briefing.risks().stream().map(BriefingView::risk).toList());
        view.put("budget", BudgetView.of(briefing.budget()));
        view.put("nextSteps", briefing.nextSteps().stream().map(BriefingView::step).toList());
        view.put("errors", briefing.errors());
        view.put("warnings", briefing.warnings());
        return view;
    }

    private static Map<String, Object> risk(Risk risk) {
        return Map.of("title", Formats.text(risk.getTitle()), "kind", Formats.words(risk.getKind()),
                "likelihood", Formats.words(risk.getLikelihood()), "impact", Formats.words(risk.getImpact()),
                "mitigation", Formats.text(risk.getMitigation()),
                "owner", risk.getOwner() == null ? "unassigned" : Formats.text(risk.getOwner().getName()));
    }

    private static Map<String, Object> step(ScheduledTask step) {
        return Map.of("name", Formats.text(step.task().getName()), "milestone", step.task().isMilestone(),
                "deliverable", Formats.text(step.task().getDeliverable()), "when", Formats.date(BoardBriefing.when(step)),
                "owner", step.task().getOwner() == null ? "unassigned" : Formats.text(step.task().getOwner().getName()));
    }
}
