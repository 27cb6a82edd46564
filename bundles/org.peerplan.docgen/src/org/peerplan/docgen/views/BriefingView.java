package org.peerplan.docgen.views;

import java.util.LinkedHashMap;
import java.util.Map;

import org.peerplan.core.briefing.BoardBriefing;
import org.peerplan.core.budget.BudgetYear;
import org.peerplan.model.BudgetCategory;
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
        view.put("plannedMonths", briefing.plannedMonths());
        view.put("meetsMinimum", briefing.horizonMeetsMinimum());
        view.put("earliestFirstPeerStart", Formats.date(briefing.earliestFirstPeerStart()));
        view.put("disputed", briefing.quiz().disputedItems().size());
        view.put("decisions", briefing.decisions().stream()
                .map(d -> Map.of("title", d.title(), "reason", d.reason())).toList());
        view.put("risks", briefing.topRisks().stream().map(BriefingView::risk).toList());
        view.put("budget", briefing.budget().stream().map(BriefingView::year).toList());
        view.put("nextSteps", briefing.nextSteps().stream().map(t -> Map.of("name", Formats.text(t.task().getName()),
                "start", Formats.date(t.earlyStart()), "owner", t.task().getOwner() == null ? "unassigned"
                        : Formats.text(t.task().getOwner().getName()))).toList());
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

    private static Map<String, Object> year(BudgetYear year) {
        return Map.of("year", year.year(), "period", Formats.date(year.start()) + " to "
                + Formats.date(year.end().minusDays(1)), "positions", Formats.money(year.of(BudgetCategory.POSITIONS)),
                "training", Formats.money(year.of(BudgetCategory.TRAINING)),
                "supervision", Formats.money(year.of(BudgetCategory.SUPERVISION)),
                "other", Formats.money(year.total().subtract(year.of(BudgetCategory.POSITIONS))
                        .subtract(year.of(BudgetCategory.TRAINING)).subtract(year.of(BudgetCategory.SUPERVISION))),
                "total", Formats.money(year.total()));
    }
}
