package org.peerplan.cli.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.plan.Labels;
import org.peerplan.core.readiness.QuizResult;
import org.peerplan.core.readiness.ReadinessScorer;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.QuickFix;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.Severity;
import org.peerplan.core.validation.ValidationReport;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.RuleWaiver;

/** Writes a validation report for a reader: a headline, then the findings grouped by area with their sources. */
final class ReportText {

    private ReportText() {
    }

    /**
     * One plan of a portfolio on a line: its agency and file, its errors and warnings, its readiness band and its
     * preparation horizon.
     */
    static String line(String file, ImplementationPlan plan, ValidationReport report) throws IOException {
        QuizResult quiz = new ReadinessScorer(ToolkitCatalog.in(plan.eResource().getResourceSet()))
                .quiz(plan.getReadiness());
        LocalDate start = plan.getTimeline().getPlanStart();
        LocalDate firstPeer = plan.getTimeline().getFirstPeerStart();
        return String.format("%s (%s): %s, %s; %s; %s%n", plan.getAgency().getName(), file,
                Labels.count(report.count(Severity.ERROR), "error", "errors"),
                Labels.count(report.count(Severity.WARNING), "warning", "warnings"),
                quiz.band() == null ? "no readiness band yet"
                        : "band " + quiz.band().getMinTrue() + "–" + quiz.band().getMaxTrue() + " True",
                start == null || firstPeer == null ? "first peer's start not set"
                        : Labels.count((int) Period.between(start, firstPeer).toTotalMonths(), "month", "months")
                                + " to the first peer");
    }

    static String write(String file, ImplementationPlan plan, LocalDate asOf, ValidationReport report) {
        StringBuilder out = new StringBuilder();
        out.append(plan.getAgency().getName()).append(": ").append(file).append(", checked on ").append(asOf)
                .append('\n');
        out.append(String.format("%s, %s, %s from %d rules%n%n",
                Labels.count(report.count(Severity.ERROR), "error", "errors"),
                Labels.count(report.count(Severity.WARNING), "warning", "warnings"),
                Labels.count(report.count(Severity.INFO), "note", "notes"), report.rulesChecked()));
        Map<Area, List<Finding>> byArea = report.findings().stream()
                .collect(Collectors.groupingBy(Finding::area, TreeMap::new, Collectors.toList()));
        byArea.forEach((area, findings) -> {
            out.append(area.title()).append('\n');
            for (Finding finding : findings) {
                out.append(String.format("  %-7s %-9s %s%n", finding.severity(), finding.ruleId(), finding.message()));
                if (finding.element() != null) {
                    out.append("                    element: ").append(Labels.of(finding.element())).append('\n');
                }
                if (finding.citation() != null) {
                    out.append("                    source:  ").append(finding.citation()).append('\n');
                }
                for (QuickFix fix : finding.fixes()) {
                    out.append("                    fix:     ").append(fix.label()).append('\n');
                }
            }
            out.append('\n');
        });
        for (RuleWaiver waiver : report.waivers()) {
            out.append(String.format("Waived  %-9s %s%s%n", waiver.getRuleId(), waiver.getReason(),
                    waiver.getWaivedBy() == null ? "" : " (" + waiver.getWaivedBy()
                            + (waiver.getWaivedOn() == null ? "" : ", " + waiver.getWaivedOn()) + ")"));
        }
        if (!report.rulesNotApplied().isEmpty()) {
            out.append("Not applicable to this plan: ").append(report.rulesNotApplied().stream().map(Rule::id)
                    .collect(Collectors.joining(", "))).append('\n');
        }
        return out.toString();
    }
}
