package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerplan.content.ToolkitCatalog;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.docgen.Format;
import org.peerplan.docgen.templates.OutputFormat;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PolicyDecision;
import org.peerplan.model.catalog.ChecklistDef;
import org.peerplan.model.catalog.ChecklistItemDef;

/**
 * D20, the memo on hiring people who receive services at the agency (DOMAIN §10): the position taken, the worries and
 * counterpoints considered, the safeguards.
 */
class DecisionMemoDocumentTest {

    @TempDir
    Path folder;

    private static String render(ImplementationPlan plan) {
        return new DocumentGenerator(null).render(Document.D20, ExampleViews.of(plan));
    }

    @Test
    void theMemoHoldsThePositionEveryWorryAndCounterpointAndEachSafeguard() throws Exception {
        ImplementationPlan plan = ExampleViews.plan();
        PolicyDecision decision = plan.getDecisions().get(0);
        String html = render(plan);
        assertTrue(html.contains("<strong>" + esc(decision.getTitle()) + ".</strong> " + esc(decision.getPosition())),
                "the position");
        assertTrue(html.contains("Decided on March 18, 2027 by Elena Vasquez."), "who decided, when");
        ChecklistDef weighed = ToolkitCatalog.in(plan.eResource().getResourceSet()).getChecklists().stream()
                .filter(c -> c.getCode().equals("HSR")).findFirst().orElseThrow();
        assertEquals(List.of(4L, 4L, 1L), List.of(count(weighed, "HSR-W"), count(weighed, "HSR-C"),
                count(weighed, "HSR-N")), "the handbook's four worries, four counterpoints and its caution");
        for (ChecklistItemDef item : weighed.getItems()) {
            assertTrue(html.contains("<strong>" + esc(item.getName()) + ".</strong> " + esc(item.getText())),
                    item.getCode());
            assertTrue(item.getCitation().getSection().contains("Same Agency Where They Also Receive Services"),
                    item.getCode() + " cites the sidebar");
        }
        Matcher safeguards = Pattern.compile("(?s)<h2 id=\"d20-safeguards\">Safeguards</h2>\\s*<ul>(.*?)</ul>")
                .matcher(html);
        assertTrue(safeguards.find(), html);
        assertEquals(4, safeguards.group(1).split("<li>").length - 1, "a safeguard a sentence");
        assertTrue(safeguards.group(1).contains("<li>Privacy: the new employee&#39;s own record is locked in the EHR"),
                safeguards.group(1));
        assertTrue(html.contains("The plan's task for it, “Decide the position on hiring people who receive services"
                + " at Riverbend”, is done."), "the task that asks for it");
    }

    @Test
    void aPlanWithoutThePositionSaysSoAndStillShowsWhatToWeigh() {
        ImplementationPlan plan = ExampleViews.plan();
        plan.getDecisions().clear();
        String html = render(plan);
        assertTrue(html.contains("The plan records no position yet on hiring people who receive services"));
        assertTrue(html.contains("<strong>Rural scarcity.</strong>"));
        assertTrue(html.contains("No safeguards are recorded"));
        assertFalse(html.contains("Decided on"));
    }

    @Test
    void thePdfOnItsOwnHasTheThreeParts() throws Exception {
        Path pdf = new DocumentGenerator(null).generate(ExampleViews.example(), EnumSet.of(Document.D20),
                EnumSet.of(Format.PDF), folder, step -> { }).get(0);
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String part : List.of("The position", "What was weighed", "The worries", "The counterpoints",
                    "Safeguards", "Do not assume.")) {
                assertTrue(text.contains(part), part);
            }
        }
    }

    private static long count(ChecklistDef list, String prefix) {
        return list.getItems().stream().filter(i -> i.getCode().startsWith(prefix)).count();
    }

    private static String esc(String text) {
        return OutputFormat.HTML.escape(text);
    }
}
