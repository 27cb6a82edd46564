package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.peerplan.model.PeerRole;

/** D12, the job descriptions and announcements, carries each example role's five components and terms. */
class JobDescriptionDocumentTest {

    /** A Velocity reference left in the output: {@code $name}, {@code ${name}}, {@code $!name}; not "$1,200". */
    private static final Pattern UNRENDERED = Pattern.compile("\\$!?\\{?[A-Za-z]");

    @TempDir
    Path folder;

    private static String render(ImplementationPlan plan) {
        return new DocumentGenerator(null).render(Document.D12, ExampleViews.of(plan));
    }

    /** A fact as it appears in the HTML, where the engine escapes apostrophes and ampersands. */
    private static String html(String fact) {
        return OutputFormat.HTML.escape(fact);
    }

    /** The part of the document about one role. */
    private static String job(String html, int number) {
        int start = html.indexOf("<h2 id=\"d12-job-" + number + "\"");
        int end = html.indexOf("<h2 id=\"d12-job-" + (number + 1) + "\"");
        return html.substring(start, end < 0 ? html.length() : end);
    }

    @Test
    void eachJobDescriptionHasItsFiveComponents() {
        String html = render(ExampleViews.plan());
        assertFalse(UNRENDERED.matcher(html).find(), "an unrendered reference");
        String specialist = job(html, 1);
        for (String fact : List.of("<h2 id=\"d12-job-1\">Peer Support Specialist</h2>",
                "Adult Outpatient Services. Approved on April 26, 2027. Reviewed by someone experienced in peer work.",
                "<p>The Peer Support Specialist uses their own lived experience of recovery to offer hope, mutual"
                        + " support and advocacy to adults who choose peer support at Riverbend&#39;s Florin Road"
                        + " adult services clinic.</p>",
                "<strong>Supervisor: Director of Peer Services.</strong> Reports to the Director of Peer Services,"
                        + " who gives administrative supervision; receives professional-development supervision from a"
                        + " Peer Supervisor at Capitol Area Peer Network under contract",
                "<h4>Peer support</h4>", "<h4>Groups and recovery education</h4>",
                "<h4>Advocacy and self-direction</h4>", "<h4>Community connection</h4>",
                "<h4>Change agent and professional growth</h4>",
                "<li>Respectfully points out language and practices that discourage recovery</li>",
                "<li>Personal lived experience of recovery from a mental health challenge, and willingness to share it"
                        + " purposefully <span class=\"flag\">(lived experience)</span></li>",
                "<li>Knowledge of Sacramento County peer-run and community resources</li>",
                "<p>Full-time, 40 hours a week, Monday to Friday with occasional evenings;")) {
            assertTrue(specialist.contains(fact), fact);
        }
        // Five responsibility areas, then the required and preferred qualifications.
        assertEquals(5 + 2, specialist.split("<h4>").length - 1, "5 responsibility areas");
        assertEquals(1, specialist.split("\\(lived experience\\)").length - 1, "one lived-experience qualification");
        // Required first, in the plan's order, then preferred.
        int required = specialist.indexOf("<h4>Required, in order of importance</h4>");
        int preferred = specialist.indexOf("<h4>Preferred</h4>");
        int diploma = specialist.indexOf("High school diploma or equivalent");
        int license = specialist.indexOf("Valid California driver license and auto insurance");
        int wrap = specialist.indexOf("Experience facilitating peer support or WRAP groups");
        int languages = specialist.indexOf("Spanish, Hmong, Vietnamese or Russian language skills");
        assertTrue(required < diploma && diploma < license && license < preferred && preferred < wrap
                && wrap < languages, "qualifications in order");

        String coach = job(html, 2);
        for (String fact : List.of("<h2 id=\"d12-job-2\">Peer Recovery Coach</h2>",
                "Riverbend House Crisis Residential.",
                "<h4>Welcome and engagement</h4>", "<h4>Wellness planning led by the resident</h4>",
                "<li>Introduces residents to the wellness center and to the Peer Support Specialists at the"
                        + " clinic</li>",
                "<li>Ability to work day and evening shifts, including some weekends</li>",
                "<li>Experience in crisis respite or peer-run warm lines</li>",
                "Full-time, 40 hours a week on rotating day and evening shifts including some weekends")) {
            assertTrue(coach.contains(fact), fact);
        }
    }

    @Test
    void theAnnouncementStatesLivedExperiencePayHoursCertificationAndTheCaliforniaCheck() {
        String html = render(ExampleViews.plan());
        String specialist = job(html, 1);
        for (String fact : List.of("<td>Population served</td><td>Adult mental-health clients/consumers (18+)</td>",
                "<td>Lived experience required</td><td>Personal lived experience of recovery from a mental health"
                        + " challenge, and willingness to share it purposefully.",
                "The toolkit's requirement for this population: The peer must have personally recovered, or be"
                        + " recovering, from a mental-health challenge.",
                "<td>Pay</td><td>$27.50 to $31.00 an hour depending on experience, with a step increase on"
                        + " certification</td>",
                "<td>Hours</td><td>40 hours a week; 2.0 FTE in all</td>",
                "<td>Certification</td><td>California Medi-Cal Peer Support Specialist Certification, within 6 months"
                        + " of hire.</td>",
                "<div>Megan&#39;s Law check: Included.</div>", "<div>Live Scan fingerprinting: Included.</div>",
                "<div>DMV driving record: Included: the role drives.</div>",
                "<div>Offer contingent on passing the check: Yes.</div>",
                "California agencies check Megan's Law and Live Scan")) {
            assertTrue(specialist.contains(fact), fact);
        }
        assertTrue(job(html, 2).contains("<td>Pay</td><td>$28.25 to $32.00 an hour depending on experience, including"
                + " the evening shift differential</td>"));
        // The example records no application instructions, so the document invents none.
        assertFalse(html.toLowerCase().contains("how to apply"), "no invented application instructions");
    }

    @Test
    void outsideCaliforniaAndWithoutAJobDescriptionTheDocumentSaysSo() {
        ImplementationPlan plan = ExampleViews.plan();
        plan.getAgency().setState("OR");
        PeerRole specialist = plan.getRoles().get(0);
        specialist.setDrives(false);
        specialist.getBackgroundCheck().setDmvHistory(false);
        PeerRole coach = plan.getRoles().get(1);
        coach.setJobDescription(null);
        coach.setCertificationWithinMonths(0);
        String html = render(plan);
        assertFalse(UNRENDERED.matcher(html).find(), "an unrendered reference");
        assertTrue(job(html, 1).contains("<div>DMV driving record: Not needed: the role does not drive.</div>"), html);
        assertFalse(html.contains("California agencies check"), "California's check applies only in California");
        String coachJob = job(html, 2);
        for (String fact : List.of("Not yet approved.", "The role has no job description yet: write one before"
                + " recruitment opens.", "<td>Pay</td><td>$29.25 an hour</td>",
                "California Medi-Cal Peer Support Specialist Certification, at hire.")) {
            assertTrue(coachJob.contains(fact), fact);
        }
        assertFalse(coachJob.contains("<h3 id=\"d12-job-2-function\">"), coachJob);
    }

    @Test
    void aCaliforniaCheckWithoutLiveScanIsAProblem() {
        ImplementationPlan plan = ExampleViews.plan();
        plan.getRoles().get(0).getBackgroundCheck().setLiveScan(false);
        plan.getRoles().get(1).setBackgroundCheck(null);
        String html = render(plan);
        assertTrue(job(html, 1).contains(
                "<div>Live Scan fingerprinting: <span class=\"problem\">Missing.</span></div>"));
        assertTrue(job(html, 2).contains(html("None recorded: California agencies need a Megan's Law check and Live"
                + " Scan, a DMV history (the role drives), with the offer contingent on passing.")));
    }

    @Test
    void thePdfCarriesTheJobDescriptions() throws IOException {
        List<Path> files = new DocumentGenerator(null).generate(ExampleViews.example(), EnumSet.of(Document.D12),
                EnumSet.of(Format.PDF), folder, message -> { });
        assertEquals("d12-job-description.pdf", files.get(0).getFileName().toString());
        Files.copy(files.get(0), Files.createDirectories(Path.of("target/documents"))
                .resolve("d12-job-description.pdf"), StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(files.get(0)))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String fact : List.of(
                    "Riverbend Community Behavioral Health — Job description and announcement — April 30, 2027",
                    "Peer Support Specialist", "Peer Recovery Coach", "Supervisor: Director of Peer Services.",
                    "Groups and recovery education", "(lived experience)", "$27.50 to $31.00 an hour",
                    "$28.25 to $32.00 an hour", "40 hours a week", "within 6 months of hire",
                    "Megan's Law check: Included.", "Live Scan fingerprinting: Included.",
                    "Approved on April 26, 2027")) {
                assertTrue(text.contains(fact), fact);
            }
        }
    }
}
