package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.docgen.Format;
import org.peerplan.docgen.templates.OutputFormat;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PayPattern;
import org.peerplan.model.PeerRole;

/** D11, the peer role charter, carries the example's roles, people, pay, duties and boundaries, in HTML and PDF. */
class RoleCharterDocumentTest {

    /** A Velocity reference left in the output: {@code $name}, {@code ${name}}, {@code $!name}; not "$1,200". */
    private static final Pattern UNRENDERED = Pattern.compile("\\$!?\\{?[A-Za-z]");

    private static final String MEDICATION_DUTY = "Deliver evening medications to residents when the nurse is"
            + " short-staffed";

    @TempDir
    Path folder;

    private static String render(ImplementationPlan plan) {
        return new DocumentGenerator(null).render(Document.D11, ExampleViews.of(plan));
    }

    /** A fact as it appears in the HTML, where the engine escapes apostrophes and ampersands. */
    private static String html(String fact) {
        return OutputFormat.HTML.escape(fact);
    }

    /** The table row of a role's duty. */
    private static String row(String html, String duty) {
        int start = html.lastIndexOf("<tr>", html.indexOf("<td>" + html(duty) + "</td>"));
        return html.substring(start, html.indexOf("</tr>", start));
    }

    @Test
    void eachRoleShowsItsPurposePeopleAndPay() {
        String html = render(ExampleViews.plan());
        assertFalse(UNRENDERED.matcher(html).find(), "an unrendered reference");
        for (String fact : List.of("<h1>Peer role charter</h1>", "2 roles, 4.0 FTE in all",
                "<h2 id=\"d11-role-1\">Peer Support Specialist</h2>",
                "<h2 id=\"d11-role-2\" class=\"new-page\">Peer Recovery Coach</h2>",
                "The Peer Support Specialist uses their own lived experience of recovery to offer hope, mutual support"
                        + " and advocacy to adults who choose peer support at Riverbend",
                "The Peer Recovery Coach offers hope and mutual support from someone who has been there to adults"
                        + " staying at Riverbend House during a mental health crisis",
                "Peer support specialist", "Peer recovery coach", "Adult Outpatient Services",
                "Riverbend House Crisis Residential", "Adult mental-health clients/consumers (18+)",
                "Personal lived experience of recovery from a mental health challenge, including a time of crisis",
                "2.0 FTE; 40 hours a week", "$28.50 an hour; pay pattern: above the entry-level rate.",
                "$29.25 an hour; pay pattern: above the entry-level rate.", "Benchmarked against other organizations.",
                "$1.70 an hour above the living wage ($26.80).",
                "$5.50 an hour above the entry-level direct-support rate ($23.00).",
                "$2.45 an hour above the living wage ($26.80).",
                "$6.25 an hour above the entry-level direct-support rate ($23.00).",
                "Tamika Brooks, MSW, CPSS (Director of Peer Services), a high-level administrator",
                "Maria Delgado, CPSS (Peer Supervisor, Capitol Area Peer Network (peer-run)). Has worked in a peer"
                        + " role.",
                "Greg Whitfield, LMFT (Program Manager, Crisis Residential). <span class=\"problem\">Has not worked in"
                        + " a peer role.</span>",
                "A local peer-run agency, under a contract of $9,600 a year",
                "<span class=\"problem\">None: no source of peer supervision recorded</span>",
                "<td>Check-ins</td><td>Weekly</td>", "None: people choose whether and how to use peer support.")) {
            assertTrue(html.contains(html(fact)) || html.contains(fact), fact);
        }
    }

    @Test
    void dutiesShowTheConflictsFlaggedAndTheValidatorsFindings() {
        String html = render(ExampleViews.plan());
        String medication = row(html, MEDICATION_DUTY);
        assertTrue(medication.contains("<td>Routine</td>"), medication);
        assertTrue(medication.contains("<span class=\"severity\">error</span> " + html("The Peer Recovery Coach"
                + " role's duty '" + MEDICATION_DUTY + "' is administering medication (CD-01), which conflicts with"
                + " the peer role")), medication);
        assertTrue(medication.contains("<span class=\"detail\">(No medication duties for peers, R14)</span>"),
                "what the rule asks, the id as a detail: " + medication);
        assertFalse(medication.contains("Consistent with the peer role."), medication);

        String rides = row(html, "Accompanies people to appointments or community activities when they ask for company"
                + " or advocacy");
        assertTrue(rides.contains("<td>Occasional</td>"), rides);
        assertTrue(rides.contains("Flagged: CD-15 Routine taxi service (busy work).</span> Justification: Only at the"
                + " person&#39;s request, to accompany and advocate"), rides);
        assertFalse(rides.contains("R2"), "a justified, occasional ride is no finding: " + rides);

        String story = row(html, "Shares their own recovery story when it helps someone feel less alone and more"
                + " hopeful");
        assertTrue(story.contains("Consistent with the peer role."), story);
        // 7 duties in each role.
        assertEquals(14, html.split("<td>(Routine|Occasional)</td>").length - 1);
    }

    @Test
    void everyConflictingDutyOfTheCatalogIsOutOfScopeWithItsCategoriesAndAlternative() {
        String html = render(ExampleViews.plan());
        String outOfScope = html.substring(html.indexOf("<h2 id=\"d11-out-of-scope\""),
                html.indexOf("<h2 id=\"d11-interaction\""));
        for (int i = 1; i <= 18; i++) {
            assertTrue(outOfScope.contains(String.format("<strong>CD-%02d</strong>", i)), "CD-" + i);
        }
        for (String fact : List.of("<strong>CD-01</strong> Administering medication<div class=\"detail\">power"
                + " imbalance</div>", "<strong>CD-02</strong> Pushing or reporting medication compliance<div"
                        + " class=\"detail\">power imbalance, agenda</div>",
                "<strong>CD-18</strong> Carrying a caseload<div class=\"detail\">self-determination</div>",
                "Build skills such as balancing a checkbook",
                "The source names no consistent form.", "busy work</strong> (tasks handed over")) {
            assertTrue(outOfScope.contains(fact), fact);
        }
        // CD-04, CD-07 and CD-18 have no consistent alternative in the catalog.
        assertEquals(3, outOfScope.split("The source names no consistent form.").length - 1);
    }

    @Test
    void theInteractionPlanAndCareerLaddersAreListed() {
        String html = render(ExampleViews.plan());
        for (String fact : List.of("<tr><td>Weekly peer team meeting (all four peers, paid time, evening coaches by"
                + " video)</td><td>Weekly</td><td>Yes</td></tr>", "<tr><td>Monthly Sacramento County peer workforce"
                        + " network call</td><td>Monthly</td><td>Yes</td></tr>",
                "<tr><td>Annual peer team retreat with Capitol Area Peer Network</td><td>Annual</td><td>Yes</td></tr>",
                "<li><strong>Senior Peer Support Specialist.</strong> After two years and WRAP facilitator training;",
                "<li><strong>Senior Peer Recovery Coach.</strong> After two years and WRAP facilitator training;"
                        + " mentors new coaches.</li>",
                "<li><strong>Director of Peer Services.</strong> Leadership-team position with lived experience.</li>",
                "<li><strong>Quality Improvement Team or Client Advocate/Liaison.</strong>")) {
            assertTrue(html.contains(fact), fact);
        }
    }

    @Test
    void gapsInAPlanAreShownAsProblems() {
        ImplementationPlan plan = ExampleViews.plan();
        PeerRole coach = plan.getRoles().get(1);
        coach.setHourlyRate(new BigDecimal("22.00"));
        coach.setPayPattern(PayPattern.LOWEST_IN_ORG);
        coach.setPayBenchmarked(false);
        coach.getCareerLadder().clear();
        coach.setCaseload(true);
        coach.setJobDescription(null);
        plan.getSupervision().getPeerInteraction().clear();
        String html = render(plan);
        assertFalse(UNRENDERED.matcher(html).find(), "an unrendered reference");
        for (String fact : List.of("<span class=\"problem\">$4.80 an hour below the living wage ($26.80).</span>",
                "<span class=\"problem\">$1.00 an hour below the entry-level direct-support rate ($23.00).</span>",
                "pay pattern: <span class=\"problem\">the lowest in the organization</span>.",
                "<span class=\"problem\">Not benchmarked against other organizations.</span>",
                "No career ladder or advancement path is defined for this role.",
                "Carries an assigned caseload (CD-18).",
                "No purpose yet: the role has no job description with a function statement.",
                "The plan schedules no regular peer-to-peer interaction")) {
            assertTrue(html.contains(fact), fact);
        }
    }

    @Test
    void thePdfCarriesTheCharter() throws IOException {
        List<Path> files = new DocumentGenerator(null).generate(ExampleViews.example(), EnumSet.of(Document.D11),
                EnumSet.of(Format.PDF), folder, message -> { });
        assertEquals("d11-role-charter.pdf", files.get(0).getFileName().toString());
        Files.copy(files.get(0), Files.createDirectories(Path.of("target/documents"))
                .resolve("d11-role-charter.pdf"), StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(files.get(0)))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String fact : List.of("Riverbend Community Behavioral Health — Peer role charter — April 30, 2027",
                    "Peer Support Specialist", "Peer Recovery Coach", "$28.50 an hour", "$29.25 an hour",
                    "$1.70 an hour above the living wage ($26.80)", "Greg Whitfield, LMFT",
                    "Has not worked in a peer role", MEDICATION_DUTY, "R14", "CD-15 Routine taxi service",
                    "CD-18 Carrying a caseload",
                    "Weekly peer team meeting", "Senior Peer Recovery Coach")) {
                assertTrue(text.contains(fact), fact);
            }
        }
    }
}
