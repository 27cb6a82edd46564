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
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Policy;

/** D4, the policy review report, carries the example's checklist, policies and planning matrix. */
class PolicyReviewDocumentTest {

    private static final Pattern UNRENDERED = Pattern.compile("\\$!?\\{?[A-Za-z]");

    @TempDir
    Path folder;

    private static String render(Map<String, Object> views) {
        String html = new DocumentGenerator(null).render(Document.D4, views);
        assertFalse(UNRENDERED.matcher(html).find(), "an unrendered reference in D4");
        return html;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> view(Map<String, Object> views) {
        return (Map<String, Object>) views.get("policyReview");
    }

    @Test
    void summaryCountsTheElevenFindingsByStatus() {
        Map<String, Object> views = ExampleViews.example();
        List<?> counts = (List<?>) view(views).get("statusCounts");
        assertEquals(List.of("Aligned=2", "Needs revision=7", "Barrier=2", "Not reviewed=0"),
                counts.stream().map(c -> ((Map<?, ?>) c).get("status") + "=" + ((Map<?, ?>) c).get("count")).toList());
        String html = render(views);
        for (String fact : List.of("Reviewed by Anne Mercer on March 12, 2027.",
                "9 of 11 questions need revision or name a barrier. Each of them has an action or a root cause analysis.")) {
            assertTrue(html.contains(fact), fact);
        }
    }

    @Test
    void everyChecklistQuestionShowsItsAreaStatusEvidenceAndActions() {
        String html = render(ExampleViews.example());
        for (String code : List.of("PR-1a", "PR-1b", "PR-1c", "PR-2A-1", "PR-2A-2", "PR-2A-3", "PR-2B", "PR-2C-1",
                "PR-2C-2", "PR-2C-3", "PR-3")) {
            assertTrue(html.contains("<strong>" + code + "</strong>"), code);
        }
        for (String fact : List.of("<h3>Policies, vision, mission and values</h3>", "<h3>Supervisors</h3>",
                "<h3>HR policies and procedures (B): Social Security benefits</h3>",
                "<span class=\"problem\">Barrier</span>", "<span class=\"ok\">Aligned</span>",
                "Every EHR note template opens with a problem list and functional deficits",
                "HR ADA training (2022) covered physical disabilities only.",
                "Action 7: Strengths-based documentation templates (Helen Park, due August 31, 2027)",
                "Action 10: Benefits-planning partnership for SSI, SSDI and Medi-Cal questions (Linda Cho, due July 15, 2027)",
                "Action 13: Contract peer professional-development supervision with Capitol Area Peer Network"
                        + " (Elena Vasquez, due May 10, 2027)",
                "Action 14: Peer-supervisor training for the Director of Peer Services (Tamika Brooks, MSW, CPSS, due July 24, 2027)",
                "Root cause analysis: HR and documentation practices not ready for peer roles")) {
            assertTrue(html.contains(fact), fact);
        }
        // PR-1a is aligned and no action resolves it.
        String pr1a = html.substring(html.indexOf("<strong>PR-1a</strong>"), html.indexOf("<strong>PR-1b</strong>"));
        assertFalse(pr1a.contains("Action "), pr1a);
        assertFalse(html.contains("No action or analysis yet"));
    }

    @Test
    void policiesAreListedAndNoneAppliesToPeerRolesOnly() {
        String html = render(ExampleViews.example());
        for (String fact : List.of("Professional Boundaries, Dual Relationships and Self-Disclosure",
                "Fair Chance Hiring and Background Checks", "Employee Assistance Program and Wellness Leave",
                "Addresses PRF-11 Work-Life Balance",
                "None of the 7 policies applies to peer roles only; 3 of them are flexible.")) {
            assertTrue(html.contains(fact), fact);
        }
        assertFalse(html.contains("Applies to peer roles only"));
    }

    @Test
    void aPeerOnlyPolicyIsFlagged() {
        ImplementationPlan plan = ExampleViews.plan();
        Policy policy = plan.getPolicyReview().getPolicies().get(1);
        policy.setPeerRolesOnly(true);
        String html = render(ExampleViews.of(plan));
        assertTrue(html.contains("<span class=\"problem\">Applies to peer roles only</span>"), "the flag");
        assertTrue(html.contains("Policies that apply to peer roles only (1):</span> Fair Chance Hiring and"
                + " Background Checks."), "the list");
    }

    @Test
    void aQuestionWithoutAFindingIsNotReviewed() {
        ImplementationPlan plan = ExampleViews.plan();
        plan.getPolicyReview().getFindings().remove(10);
        String html = render(ExampleViews.of(plan));
        String pr3 = html.substring(html.indexOf("<strong>PR-3</strong>"));
        assertTrue(pr3.startsWith("<strong>PR-3</strong> Appropriate supervisors"), pr3);
        assertTrue(pr3.contains("Not reviewed"), pr3);
        assertTrue(html.contains("1 question has not been reviewed."), "summary");
    }

    @Test
    void planningMatrixGroupsTheThirtyFiveItemsByDomain() {
        Map<String, Object> views = ExampleViews.example();
        Map<String, Object> view = view(views);
        assertEquals(List.of("In place", "In progress", "Not started", "Not applicable", "Not assessed"),
                view.get("planningStatuses"));
        assertEquals(35, view.get("planningItems"));
        assertEquals(List.of(5, 14, 14, 2, 0), view.get("planningTotals"));
        List<?> domains = (List<?>) view.get("domains");
        assertEquals(List.of("Laying the foundation (LF)=[2, 4, 2, 0, 0]", "Policy (POL)=[1, 3, 1, 1, 0]",
                "Workforce development (WD)=[1, 4, 3, 0, 0]", "Peer leadership (PL)=[1, 3, 4, 0, 0]",
                "Research and outcomes (RO)=[0, 0, 4, 1, 0]"),
                domains.stream().map(d -> ((Map<?, ?>) d).get("title") + "=" + ((Map<?, ?>) d).get("counts")).toList());
        String html = render(views);
        for (String fact : List.of("<h3 id=\"d04-domain-1\">Laying the foundation (LF)</h3>", "<strong>RO-5</strong>",
                "Mission, vision and values revised in 2025 with the advisory board.",
                "Research funding is outside Riverbend's scope", "Not applicable",
                "Action 12: Fair chance hiring policy (Linda Cho, due April 23, 2027)")) {
            assertTrue(html.contains(fact.replace("'", "&#39;")) || html.contains(fact), fact);
        }
        String pl7 = html.substring(html.indexOf("<strong>PL-7</strong>"), html.indexOf("<strong>PL-8</strong>"));
        assertTrue(pl7.contains("Victor Salazar") && pl7.contains("In progress") && pl7.contains("Action 15:"), pl7);
    }

    @Test
    void pdfCarriesTheReport() throws IOException {
        List<Path> files = new DocumentGenerator(null).generate(ExampleViews.example(), EnumSet.of(Document.D4),
                EnumSet.of(Format.PDF), folder, message -> { });
        assertEquals("d04-policy-review.pdf", files.get(0).getFileName().toString());
        Files.copy(files.get(0), Files.createDirectories(Path.of("target/documents")).resolve("d04-policy-review.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(files.get(0)))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String fact : List.of("Riverbend Community Behavioral Health — Policy review report — April 30, 2027",
                    "Policy review report", "Reviewed by Anne Mercer on March 12, 2027.", "PR-2C-3",
                    "Needs revision", "System-wide planning matrix", "Laying the foundation (LF)", "RO-5",
                    "Workplace Safety and Crisis Response",
                    "None of the 7 policies applies to peer roles only")) {
                assertTrue(text.contains(fact), fact);
            }
        }
    }
}
