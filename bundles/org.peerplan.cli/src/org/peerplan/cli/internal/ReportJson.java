package org.peerplan.cli.internal;

import java.time.LocalDate;
import java.util.Map;

import org.peerplan.core.plan.Labels;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.QuickFix;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.Severity;
import org.peerplan.core.validation.ValidationReport;
import org.peerplan.model.RuleWaiver;

/**
 * Writes a validation report as JSON. The schema, also given in the README:
 *
 * <pre>
 * { "plan": string, "asOf": "yyyy-mm-dd", "rulesChecked": int,
 *   "errors": int, "warnings": int, "infos": int,
 *   "findings": [ { "severity": "ERROR"|"WARNING"|"INFO", "rule": "R25"|"STRUCTURE", "area": string,
 *                   "message": string, "element": string|null, "citation": string|null, "fixes": [string] } ],
 *   "waived": [ { "rule": string, "reason": string, "waivedBy": string|null, "waivedOn": string|null } ],
 *   "notApplied": [ string ] }
 * </pre>
 */
final class ReportJson {

    private ReportJson() {
    }

    static Map<String, Object> of(String plan, LocalDate asOf, ValidationReport report) {
        return Json.object("plan", plan, "asOf", asOf, "rulesChecked", report.rulesChecked(),
                "errors", report.count(Severity.ERROR), "warnings", report.count(Severity.WARNING),
                "infos", report.count(Severity.INFO),
                "findings", report.findings().stream().map(ReportJson::finding).toList(),
                "waived", report.waivers().stream().map(ReportJson::waiver).toList(),
                "notApplied", report.rulesNotApplied().stream().map(Rule::id).toList());
    }

    private static Map<String, Object> finding(Finding finding) {
        return Json.object("severity", finding.severity().name(), "rule", finding.ruleId(),
                "area", finding.area().title(), "message", finding.message(),
                "element", finding.element() == null ? null : Labels.of(finding.element()),
                "citation", finding.citation(), "fixes", finding.fixes().stream().map(QuickFix::label).toList());
    }

    private static Map<String, Object> waiver(RuleWaiver waiver) {
        return Json.object("rule", waiver.getRuleId(), "reason", waiver.getReason(), "waivedBy", waiver.getWaivedBy(),
                "waivedOn", waiver.getWaivedOn());
    }
}
