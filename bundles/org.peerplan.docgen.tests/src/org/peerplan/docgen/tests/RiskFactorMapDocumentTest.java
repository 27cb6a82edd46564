package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * D6, the psychosocial risk factor map (DOMAIN §10): the thirteen factors against the agency's current practice, the
 * gap and the policies and actions planned.
 */
class RiskFactorMapDocumentTest {

    private static final Pattern UNRENDERED = Pattern.compile("\\$!?\\{?[A-Za-z]");

    @TempDir
    Path folder;

    private static String render(Map<String, Object> views) {
        String html = new DocumentGenerator(null).render(Document.D6, views);
        assertFalse(UNRENDERED.matcher(html).find(), "an unrendered reference in D6");
        return html;
    }

    @Test
    void thirteenRiskFactorsAreMappedToPracticeGapPoliciesAndActions() {
        String html = render(ExampleViews.example());
        for (int i = 1; i <= 13; i++) {
            assertTrue(html.contains(String.format("<strong>PRF-%02d</strong>", i)), "PRF-" + i);
        }
        String prf11 = html.substring(html.indexOf("<strong>PRF-11</strong>"), html.indexOf("<strong>PRF-12</strong>"));
        for (String fact : List.of("Work-Life Balance", "Fixed 8-to-5 schedules in outpatient.",
                "No part-time or job-share positions.", "Policy: Flexible Work Arrangements",
                "Action 19: Flexible work arrangements for all staff (Linda Cho, due August 31, 2027)")) {
            assertTrue(prf11.contains(fact), fact);
        }
        String prf07 = html.substring(html.indexOf("<strong>PRF-07</strong>"), html.indexOf("<strong>PRF-08</strong>"));
        assertTrue(prf07.contains("Action 22: Staff recognition calendar for milestones and years served"
                + " (<span class=\"problem\">no owner</span>, due September 30, 2027)"), prf07);
        assertFalse(html.contains("No policy or action"));
        assertFalse(html.contains("Not mapped"));
    }

    @Test
    void anUnmappedRiskFactorIsFlagged() {
        ImplementationPlan plan = ExampleViews.plan();
        plan.getPolicyReview().getRiskFactors().get(0).getActions().clear();
        plan.getPolicyReview().getRiskFactors().get(0).getPolicies().clear();
        plan.getPolicyReview().getRiskFactors().remove(12);
        String html = render(ExampleViews.of(plan));
        assertTrue(html.contains("2 factors are addressed by no policy and no action."), "summary");
        assertTrue(html.contains("<span class=\"problem\">No policy or action</span>"), "PRF-01");
        assertTrue(html.contains("<span class=\"problem\">Not mapped</span>"), "PRF-13");
    }

    @Test
    void thePdfOnItsOwnIsTheMapAndTheReviewNoLongerRepeatsIt() throws Exception {
        Path pdf = new DocumentGenerator(null).generate(ExampleViews.example(), EnumSet.of(Document.D6),
                EnumSet.of(Format.PDF), folder, step -> { }).get(0);
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String fact : List.of("Psychosocial risk factor map", "The thirteen factors", "PRF-13 Physical Safety",
                    "Current practice", "Gap", "Policies and actions")) {
                assertTrue(text.contains(fact), fact);
            }
        }
        String review = new DocumentGenerator(null).render(Document.D4, ExampleViews.example());
        assertFalse(review.contains("<strong>PRF-01</strong>"), "the policy review points to the map instead");
        assertTrue(review.contains("have a map of their own, the psychosocial risk factor map"));
    }
}
