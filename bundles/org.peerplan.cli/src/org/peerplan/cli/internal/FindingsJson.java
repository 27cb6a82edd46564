package org.peerplan.cli.internal;

import java.util.List;

import org.peerplan.core.plan.Labels;
import org.peerplan.core.validation.Finding;

/**
 * Writes findings as JSON: {@code {"plan": "...", "errors": N, "findings": [{"severity", "rule", "message", "element",
 * "citation"}]}}. Hand-written because the schema is this small and the runtime carries no JSON library.
 */
final class FindingsJson {

    private FindingsJson() {
    }

    static String write(String plan, List<Finding> findings) {
        StringBuilder json = new StringBuilder("{\n  \"plan\": ").append(string(plan));
        json.append(",\n  \"errors\": ")
                .append(findings.stream().filter(f -> f.severity() == org.peerplan.core.validation.Severity.ERROR).count());
        json.append(",\n  \"findings\": [");
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {\"severity\": ").append(string(finding.severity().name()))
                    .append(", \"rule\": ").append(string(finding.ruleId()))
                    .append(", \"message\": ").append(string(finding.message()))
                    .append(", \"element\": ").append(finding.element() == null ? "null" : string(Labels.of(finding.element())))
                    .append(", \"citation\": ").append(finding.citation() == null ? "null" : string(finding.citation()))
                    .append('}');
        }
        return json.append(findings.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
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
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
