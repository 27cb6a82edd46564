package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.docgen.Format;
import org.peerplan.model.Action;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.RootCauseAnalysis;
import org.peerplan.model.RootCauseCategory;

/** D5, the root cause analyses as the source's worksheet and the consolidated action plan of the example. */
class RootCauseDocumentTest {

    private static final Pattern UNRENDERED = Pattern.compile("\\$!?\\{?[A-Za-z]");

    @TempDir
    Path folder;

    private static String render(Map<String, Object> views) {
        String html = new DocumentGenerator(null).render(Document.D5, views);
        assertFalse(UNRENDERED.matcher(html).find(), "an unrendered reference in D5");
        return html;
    }

    /** The HTML from one marker to the next: a row, a section. */
    private static String between(String html, String from, String to) {
        int start = html.indexOf(from);
        assertTrue(start >= 0, from);
        int end = html.indexOf(to, start + from.length());
        assertTrue(end >= 0, to);
        return html.substring(start, end);
    }

    @Test
    void eachAnalysisStartsFromItsCurrentSituation() {
        String html = render(ExampleViews.example());
        for (String fact : List.of("3 analyses with 24 causes",
                "<h2 id=\"d05-rca-1\">1. Clinical staff skeptical of peer roles</h2>",
                "<h2 id=\"d05-rca-2\" style=\"page-break-before: always\">2. HR and documentation practices not ready for"
                        + " peer roles</h2>",
                "<h2 id=\"d05-rca-3\" style=\"page-break-before: always\">3. Peer roles at risk of isolation and"
                        + " co-optation</h2>",
                "<strong>Current situation:</strong> At the January and February listening sessions about half",
                "Related competency: COMP-07", "Related policy-review findings: PR-1b (Needs revision),"
                        + " PR-3 (Needs revision).")) {
            assertTrue(html.contains(fact), fact);
        }
    }

    @Test
    void causesFollowTheFourCategoriesWithNumberedWhysDetailsAndInterventions() {
        String html = render(ExampleViews.example());
        String first = between(html, "id=\"d05-rca-1\"", "id=\"d05-rca-2\"");
        int environment = first.indexOf("<h3>Environment</h3>");
        int people = first.indexOf("<h3>People</h3>");
        int policies = first.indexOf("<h3>Policies</h3>");
        int processes = first.indexOf("<h3>Processes &amp; Procedures</h3>");
        assertTrue(0 < environment && environment < people && people < policies && policies < processes,
                "the four categories in the worksheet's order");
        String cause = between(first, "<tr id=\"d05-cause-1-1\">", "</tr>");
        for (String fact : List.of("<strong>1.1</strong> Vacancies and heavy workloads make any new role look like"
                + " more work for clinicians", "<ol class=\"whys\"><li>Clinicians assume they will have to direct,"
                        + " cover for and write notes for the peers.</li><li>Nobody has described how work will pass"
                        + " between peers and clinicians.</li></ol>",
                "Two clinician vacancies in adult outpatient since autumn 2026; average caseload 62.",
                "Define handoffs and referral workflows between peers and clinicians before peers start.",
                "→ <a href=\"#d05-action-4\">Action 4</a>: Peer role charter with handoffs and referral workflows"
                        + " (Dana Ortiz, LCSW, due August 31, 2027)")) {
            assertTrue(cause.contains(fact), fact);
        }
        String sub = between(first, "<tr id=\"d05-cause-1-1-1\">", "</tr>");
        assertTrue(sub.contains("<td class=\"indent-1\"><strong>1.1.1</strong> Riverbend House evening shifts are"
                + " regularly short-staffed</td>"), sub);
        assertTrue(first.indexOf("d05-cause-1-1-1") < first.indexOf("d05-cause-1-2"), "sub-cause under its cause");
        assertTrue(between(first, "<tr id=\"d05-cause-1-2\">", "</tr>")
                .contains("Staff see peer roles as a county contract requirement"), "the second cause");
        // The three-why chain of cause 1.3 is numbered in order.
        assertTrue(between(first, "<tr id=\"d05-cause-1-3\">", "</tr>").contains("<li>Nobody reviewed why the 2019"
                + " program failed, so the lessons never reached current staff.</li></ol>"), "third why");
    }

    @Test
    void aCauseWithoutInterventionAndACauseAddressedOutsideAnInterventionAreShown() {
        String html = render(ExampleViews.example());
        String fear = between(html, "<tr id=\"d05-cause-1-4\">", "</tr>");
        assertTrue(fear.contains("Some clinicians fear peer staff will replace counselor positions"), fear);
        assertTrue(fear.contains("<span class=\"problem\">No intervention proposed</span>"), fear);
        assertEquals(1, html.split("No intervention proposed", -1).length - 1, "only the F4 cause");
        String ladder = between(html, "<tr id=\"d05-cause-3-3\">", "</tr>");
        assertTrue(ladder.contains("No career ladder, pay steps or recognition for peer roles"), ladder);
        assertTrue(ladder.contains("Also addressed by <a href=\"#d05-action-22\">Action 22</a>: Staff recognition"
                + " calendar for milestones and years served (<span class=\"problem\">no owner</span>, due"
                + " September 30, 2027)"), ladder);
    }

    @Test
    void aCategoryWithoutCausesSaysSo() {
        ImplementationPlan plan = ExampleViews.plan();
        RootCauseAnalysis analysis = plan.getRootCauseAnalyses().get(1);
        analysis.getCauses().removeIf(c -> c.getCategory() == RootCauseCategory.PEOPLE);
        String html = render(ExampleViews.of(plan));
        String second = between(html, "id=\"d05-rca-2\"", "id=\"d05-rca-3\"");
        assertTrue(second.contains("<h3>People</h3>\n<p class=\"detail\">No cause recorded.</p>"), second);
        assertTrue(second.contains("<tr id=\"d05-cause-2-2\"><td class=\"indent-0\"><strong>2.2</strong> The hiring"
                + " policy screened out"), "numbering continues with the Policies cause");
    }

    @Test
    void actionPlanListsEveryActionByDueDate() {
        Map<String, Object> views = ExampleViews.example();
        @SuppressWarnings("unchecked")
        Map<String, Object> view = (Map<String, Object>) views.get("rootCauses");
        assertEquals(List.of(1, 12, 13, 11, 20, 9, 2, 15, 17, 10, 14, 5, 6, 4, 7, 8, 19, 21, 3, 16, 18, 22),
                ((List<?>) view.get("actions")).stream().map(a -> ((Map<?, ?>) a).get("number")).toList());
        String html = render(views);
        String plan = html.substring(html.indexOf("<h2 id=\"d05-actions\""));
        for (String fact : List.of("22 actions: 10 planned, 9 in progress, 3 done. 6 of them have a cost,"
                + " $13,400 in all. <span class=\"problem\">1 without an owner.</span>",
                "<td class=\"number\">$4,500</td>", "<td class=\"number\">$2,400</td>")) {
            assertTrue(plan.contains(fact), fact);
        }
        String charter = between(plan, "<tr id=\"d05-action-4\">", "</tr>");
        for (String fact : List.of("<strong>Peer role charter with handoffs and referral workflows</strong>",
                "Charter approved by both program managers and the Director of Peer Services",
                "<a href=\"#d05-cause-1-1\">1.1</a> Vacancies and heavy workloads",
                "<a href=\"#d05-cause-1-1-1\">1.1.1</a>", "<a href=\"#d05-cause-1-6\">1.6</a>",
                "<a href=\"#d05-cause-3-2\">3.2</a> Residential staff expect every new hire to cover",
                "<td>Dana Ortiz, LCSW</td>", "<td>August 31, 2027</td>", "<td>Planned</td>")) {
            assertTrue(charter.contains(fact), fact);
        }
        String hr = between(plan, "<tr id=\"d05-action-9\">", "</tr>");
        for (String fact : List.of("Policy-review findings:</em> PR-2A-1 (Needs revision), PR-2A-2 (Needs revision),"
                + " PR-2C-1 (Needs revision)", "Timeline tasks:</em> S2-T2 Review HR policies and procedures"
                        + " (understanding, benefits, ADA); IV-S2", "<td>Linda Cho</td>", "<td>May 28, 2027</td>",
                "<td>In progress</td>")) {
            assertTrue(hr.contains(fact), fact);
        }
        String recognition = between(plan, "<tr id=\"d05-action-22\">", "</tr>");
        assertTrue(recognition.contains("<td><span class=\"problem\">No owner</span></td>"), recognition);
        assertTrue(recognition.contains("<td>September 30, 2027</td>"), recognition);
        assertFalse(plan.contains("overdue"), "nothing is overdue on April 30, 2027");
    }

    @Test
    void anActionWithoutDateComesLastAndIsMarked() {
        ImplementationPlan plan = ExampleViews.plan();
        Action first = plan.getActions().get(0);
        first.setDue(null);
        plan.getActions().get(1).setDue(java.time.LocalDate.of(2027, 4, 1));
        String html = render(ExampleViews.of(plan));
        String actions = html.substring(html.indexOf("<h2 id=\"d05-actions\""));
        assertTrue(actions.contains("<span class=\"problem\">1 without a due date.</span>"), "summary");
        assertTrue(actions.contains("<span class=\"problem\">1 past due and not done.</span>"), "overdue");
        assertTrue(actions.indexOf("id=\"d05-action-1\"") > actions.indexOf("id=\"d05-action-22\""), "last");
        assertTrue(between(actions, "<tr id=\"d05-action-1\">", "</tr>")
                .contains("<span class=\"problem\">No due date</span>"), "marked");
        assertTrue(between(actions, "<tr id=\"d05-action-2\">", "</tr>")
                .contains("April 1, 2027 <span class=\"problem\">(overdue)</span>"), "overdue marked");
    }

    @Test
    void pdfCarriesTheWorksheetsAndThePlan() throws IOException {
        List<Path> files = new DocumentGenerator(null).generate(ExampleViews.example(), EnumSet.of(Document.D5),
                EnumSet.of(Format.PDF), folder, message -> { });
        assertEquals("d05-root-cause-analysis.pdf", files.get(0).getFileName().toString());
        Files.copy(files.get(0), Files.createDirectories(Path.of("target/documents"))
                .resolve("d05-root-cause-analysis.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(files.get(0)))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String fact : List.of(
                    "Riverbend Community Behavioral Health — Root cause analysis and action plan — April 30, 2027",
                    "1. Clinical staff skeptical of peer roles", "Current situation:", "Processes & Procedures",
                    "No intervention proposed", "Consolidated action plan", "No owner", "$13,400",
                    "Fair chance hiring policy", "$4,500")) {
                assertTrue(text.contains(fact), fact);
            }
        }
    }
}
