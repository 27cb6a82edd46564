package org.peerplan.cli.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

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
 *
 * Hand-written because the schema is this small and the runtime carries no JSON library.
 */
final class ReportJson {

    private ReportJson() {
    }

    static String write(String plan, LocalDate asOf, ValidationReport report) {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"plan\": ").append(string(plan)).append(",\n");
        json.append("  \"asOf\": ").append(string(asOf.toString())).append(",\n");
        json.append("  \"rulesChecked\": ").append(report.rulesChecked()).append(",\n");
        json.append("  \"errors\": ").append(report.count(Severity.ERROR)).append(",\n");
        json.append("  \"warnings\": ").append(report.count(Severity.WARNING)).append(",\n");
        json.append("  \"infos\": ").append(report.count(Severity.INFO)).append(",\n");
        json.append("  \"findings\": ").append(array(report.findings().stream().map(ReportJson::finding).toList()));
        json.append(",\n  \"waived\": ").append(array(report.waivers().stream().map(ReportJson::waiver).toList()));
        json.append(",\n  \"notApplied\": [").append(report.rulesNotApplied().stream().map(Rule::id)
                .map(ReportJson::string).collect(Collectors.joining(", "))).append("]\n}\n");
        return json.toString();
    }

    private static String finding(Finding finding) {
        return "{\"severity\": " + string(finding.severity().name()) + ", \"rule\": " + string(finding.ruleId())
                + ", \"area\": " + string(finding.area().title()) + ", \"message\": " + string(finding.message())
                + ", \"element\": " + nullable(finding.element() == null ? null : Labels.of(finding.element()))
                + ", \"citation\": " + nullable(finding.citation()) + ", \"fixes\": ["
                + finding.fixes().stream().map(QuickFix::label).map(ReportJson::string)
                        .collect(Collectors.joining(", "))
                + "]}";
    }

    private static String waiver(RuleWaiver waiver) {
        return "{\"rule\": " + string(waiver.getRuleId()) + ", \"reason\": " + nullable(waiver.getReason())
                + ", \"waivedBy\": " + nullable(waiver.getWaivedBy()) + ", \"waivedOn\": "
                + nullable(waiver.getWaivedOn() == null ? null : waiver.getWaivedOn().toString()) + "}";
    }

    private static String array(List<String> objects) {
        return objects.isEmpty() ? "[]" : "[\n    " + String.join(",\n    ", objects) + "\n  ]";
    }

    private static String nullable(String value) {
        return value == null ? "null" : string(value);
    }

    static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
