package org.peerplan.docgen.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.peerplan.core.plan.Labels;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.QuickFix;
import org.peerplan.core.validation.RuleTitles;
import org.peerplan.core.validation.Severity;
import org.peerplan.core.validation.ValidationReport;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.RuleWaiver;

/** The values of D21, the validation report: findings grouped by area, waivers and rules that did not apply. */
final class ValidationReportView {

    private ValidationReportView() {
    }

    static Map<String, Object> of(ImplementationPlan plan, ValidationReport report, LocalDate asOf) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("agency", plan.getAgency().getName());
        view.put("planName", plan.getName());
        view.put("asOf", asOf.toString());
        view.put("rulesChecked", report.rulesChecked());
        view.put("errors", report.count(Severity.ERROR));
        view.put("warnings", report.count(Severity.WARNING));
        view.put("notes", report.count(Severity.INFO));
        Map<Area, List<Finding>> byArea = report.findings().stream()
                .collect(Collectors.groupingBy(Finding::area, TreeMap::new, Collectors.toList()));
        List<Map<String, Object>> areas = new ArrayList<>();
        byArea.forEach((area, findings) -> areas.add(Map.of("title", area.title(), "findings",
                findings.stream().map(ValidationReportView::finding).toList())));
        view.put("areas", areas);
        view.put("waivers", report.waivers().stream().map(ValidationReportView::waiver).toList());
        view.put("notApplied", report.rulesNotApplied().stream().map(rule -> rule.title() + " (" + rule.id() + ")")
                .collect(Collectors.joining("; ")));
        return view;
    }

    private static Map<String, Object> finding(Finding finding) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("severity", finding.severity().name().toLowerCase());
        view.put("rule", finding.ruleId());
        view.put("title", RuleTitles.of(finding.ruleId()));
        view.put("message", finding.message());
        view.put("element", finding.element() == null ? "" : Labels.of(finding.element()));
        view.put("citation", finding.citation() == null ? "" : finding.citation());
        view.put("fixes", finding.fixes().stream().map(QuickFix::label).toList());
        return view;
    }

    private static Map<String, Object> waiver(RuleWaiver waiver) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("rule", waiver.getRuleId());
        view.put("title", RuleTitles.of(waiver.getRuleId()));
        view.put("reason", waiver.getReason() == null ? "" : waiver.getReason());
        view.put("by", waiver.getWaivedBy() == null ? "" : waiver.getWaivedBy());
        view.put("on", waiver.getWaivedOn() == null ? "" : waiver.getWaivedOn().toString());
        return view;
    }
}
