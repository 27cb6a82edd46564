package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.validation.PlanChecker;
import org.peerplan.core.validation.RuleRegistry;
import org.peerplan.docgen.templates.OutputFormat;
import org.peerplan.docgen.templates.TemplateEngine;
import org.peerplan.docgen.views.ValidationReportView;
import org.peerplan.model.ImplementationPlan;

/** D21, the validation report, rendered from the example's findings. */
class ValidationReportTest {

    static final String TEMPLATE = "validation-report.html.vm";

    static final LocalDate AS_OF = LocalDate.of(2027, 4, 30);

    static Map<String, Object> exampleView() {
        try {
            Path example = Path.of(System.getProperty("peerplan.home")).resolve("examples/riverbend.peerplan");
            ImplementationPlan plan = new PlanStore().load(example);
            return ValidationReportView.of(plan, new PlanChecker(RuleRegistry.all(), AS_OF).check(plan), AS_OF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void reportListsEveryFindingWithItsSourceAndNoUnrenderedReference() {
        String html = new TemplateEngine(null).render(TEMPLATE, exampleView(), OutputFormat.HTML);
        assertTrue(html.contains("Riverbend Community Behavioral Health"), html);
        assertTrue(html.contains("Checked on 2027-04-30"), html);
        for (String rule : new String[] { "R6", "R14", "R25", "R27", "R28", "R52", "R69" }) {
            assertTrue(html.contains("<td>" + rule + "</td>"), rule + " in the report");
        }
        assertTrue(html.contains("Source: [003 § Step 3 of Implementation: Developing a Timeline]"), html);
        assertTrue(html.contains("Fix: Add the speed-up option SU-2"), html);
        assertFalse(html.matches("(?s).*\\$[a-zA-Z{].*"), "no unrendered reference");
        assertTrue(html.contains("@media print"), "a print stylesheet");
    }
}
