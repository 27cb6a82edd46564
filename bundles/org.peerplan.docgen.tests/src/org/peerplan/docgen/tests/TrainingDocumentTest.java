package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peerplan.docgen.tests.TimelineDocumentTest.assertInOrder;
import static org.peerplan.docgen.tests.TimelineDocumentTest.between;
import static org.peerplan.docgen.tests.TimelineDocumentTest.count;
import static org.peerplan.docgen.tests.TimelineDocumentTest.row;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
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
import org.peerplan.model.TaskStatus;
import org.peerplan.model.TrainingSession;

/** D10, the staff readiness and training plan with budget, shows the example's sessions, coverage and costs. */
class TrainingDocumentTest {

    private static final Pattern UNRENDERED = Pattern.compile("\\$!?\\{?[A-Za-z]");

    private static final String LABEL = "list value; discounts or no-cost delivery may apply";

    @TempDir
    Path folder;

    @Test
    void sessionsAppearInDateOrderWithAudienceAttendanceHoursAndValue() {
        String html = render(ExampleViews.example());
        assertFalse(UNRENDERED.matcher(html).find(), "an unrendered reference in D10");
        String sessions = between(html, "id=\"d10-sessions\"", "id=\"d10-readiness\"");
        assertEquals(9, count(sessions, "<tr>\n<td>"), "nine sessions");
        assertInOrder(sessions, "March 24, 2027", "Recovery 101", "May 19, 2027",
                "Staff readiness training: why Riverbend is hiring peer staff", "June 9, 2027", "Recovery 101",
                "June 21, 2027", "Working in Recovery", "July 14, 2027", "Making Connections", "October 20, 2027",
                "Self Care", "October 27, 2027", "Ethics, Boundaries", "November 8, 2027", "WRAP® Seminar I",
                "February 7, 2028", "WRAP® Seminar II");

        String managers = row(sessions, "March 24, 2027");
        for (String cell : List.of("TR-01", "Open to all staff; managers and staff are not trained together",
                "Named attendees: Executive, Manager", "Elena Vasquez; Dr. Raj Patel; Victor Salazar",
                "and 6 more", "<td>14 <span class=\"detail\">(8 named, 6 more)</span>",
                "Course takes 10–30: within the limits", "<td>4 h</td>", "$4,000", "list value")) {
            assertTrue(managers.contains(cell), cell + " in " + managers);
        }
        assertTrue(row(sessions, "June 9, 2027").contains("Named attendees: Staff"), "staff trained apart");

        String readiness = row(sessions, "May 19, 2027");
        for (String cell : List.of("Not on the training menu", "<td>75 <span class=\"detail\">(11 named, 64 more)",
                "$3,500", "recorded cost", "Staff readiness training (see below).")) {
            assertTrue(readiness.contains(cell), cell + " in " + readiness);
        }

        String connections = row(sessions, "July 14, 2027");
        for (String cell : List.of("TR-17", "<td>8 <span class=\"detail\">(5 named, 3 more)", "Course takes 10–25:",
                "<div class=\"problem\">below the minimum of 10</div>", "<td>6 h</td>", "$5,000")) {
            assertTrue(connections.contains(cell), cell + " in " + connections);
        }

        String wrap1 = row(sessions, "November 8, 2027");
        for (String cell : List.of("<td>16 h over 2 days</td>", "$10,000", "Course takes 8–18: within the limits",
                "Prerequisite of a later course.")) {
            assertTrue(wrap1.contains(cell), cell + " in " + wrap1);
        }
        String wrap2 = row(sessions, "February 7, 2028");
        for (String cell : List.of("<td>40 h over 5 days</td>", "$18,000", "Prerequisite: WRAP® Seminar I first.",
                "Sofia Ramirez; James Okafor, LMFT")) {
            assertTrue(wrap2.contains(cell), cell + " in " + wrap2);
        }
        assertTrue(row(sessions, "October 27, 2027").contains("Attendees: none named and 12 more."));

        assertTrue(sessions.contains("Training in all: <strong>$66,500</strong>*: $63,000 at list value for 8 menu"
                + " sessions and $3,500 recorded for 1 other session."), sessions);
        assertTrue(sessions.contains("1 session plans attendance outside the course"), sessions);
        assertTrue(sessions.contains("* " + LABEL + "."), "the list-value label under the sessions");
    }

    @Test
    void wrapSeminarTwoFollowsSeminarOneForItsNamedAttendees() {
        String prerequisites = between(render(ExampleViews.example()), "id=\"d10-prerequisites\"",
                "id=\"d10-readiness\"");
        for (String fact : List.of("WRAP® Seminar II on February 7, 2028 requires WRAP® Seminar I first.",
                "WRAP® Seminar I is held on November 8, 2027.", "Sofia Ramirez; James Okafor, LMFT attend it first.",
                "The 6 additional attendees are not named")) {
            assertTrue(prerequisites.contains(fact), fact + " in " + prerequisites);
        }
        assertFalse(prerequisites.contains("class=\"problem\""), prerequisites);
    }

    @Test
    void seminarTwoBeforeSeminarOneIsNoted() {
        ImplementationPlan plan = ExampleViews.plan();
        session(plan, "TR-21").setDate(LocalDate.of(2027, 11, 9));
        String html = render(ExampleViews.of(plan));
        String prerequisites = between(html, "id=\"d10-prerequisites\"", "id=\"d10-readiness\"");
        assertTrue(prerequisites.contains("No WRAP® Seminar I session finishes before it."), prerequisites);
        assertTrue(row(html, "November 9, 2027").contains("(not met, see below)"));
    }

    @Test
    void readinessTrainingCoversAllFiveElementsBeforeTheFirstPeer() {
        String readiness = between(render(ExampleViews.example()), "id=\"d10-readiness\"", "id=\"d10-orientation\"");
        for (String fact : List.of("before the first peer starts on October 4, 2027",
                "S1-T6</span> Staff readiness training and open and closed forums", "March 19, 2027 to June 21, 2027",
                "Staff readiness training: why Riverbend is hiring peer staff", "<td>May 19, 2027</td>",
                "<td>RT-a, RT-b, RT-c, RT-d, RT-e</td>", "covers <strong>5 of the 5 elements</strong>",
                "RT-a Announce the plan", "RT-b Non-disclosing colleagues", "RT-c Prepare for hard questions",
                "RT-d Open and closed forums", "RT-e Shared planning")) {
            assertTrue(readiness.contains(fact), fact + " in " + readiness);
        }
        assertTrue(readiness.contains("<th class=\"mark\">Task S1-T6</th><th class=\"mark\">Session May 19, 2027</th>"),
                readiness);
        assertTrue(row(readiness, "RT-d Open and closed forums").contains(
                "<td class=\"mark\">✓</td><td class=\"mark\">✓</td>"), readiness);
        assertFalse(readiness.contains("class=\"problem\""), readiness);
    }

    @Test
    void readinessTrainingAfterTheFirstPeerStartsCoversNothing() {
        ImplementationPlan plan = ExampleViews.plan();
        TimelineDocumentTest.task(plan, "Staff readiness training and open and closed forums")
                .setStatus(TaskStatus.CANCELLED);
        plan.getTrainingPlan().getSessions().stream().filter(s -> s.getCourse() == null).findFirst().orElseThrow()
                .setDate(LocalDate.of(2027, 11, 1));
        String readiness = between(render(ExampleViews.of(plan)), "id=\"d10-readiness\"", "id=\"d10-orientation\"");
        assertFalse(readiness.contains("Task S1-T6"), "a cancelled task is no part of the training");
        assertTrue(readiness.contains("not before the first peer starts"), readiness);
        assertTrue(readiness.contains("<strong>0 of the 5 elements</strong>"), readiness);
        assertTrue(readiness.contains("not covered: RT-a Announce the plan; RT-b Non-disclosing colleagues;"),
                readiness);
    }

    @Test
    void orientationAndContinuingEducationFollowTheGuidance() {
        String html = render(ExampleViews.example());
        String orientation = between(html, "id=\"d10-orientation\"", "id=\"d10-ce\"");
        assertTrue(orientation.contains("Week one: WISE Peer Orientation Program, October 6, 2027 to October 7, 2027"),
                orientation);
        assertTrue(orientation.contains("10 of the 10 orientation topics are covered."), orientation);
        String ce = between(html, "id=\"d10-ce\"", "id=\"d10-budget\"");
        assertTrue(ce.contains("In California, DHCS requires peer support specialists to complete <strong>20 hours"),
                ce);
        for (String role : List.of("Peer Support Specialist", "Peer Recovery Coach")) {
            String line = row(ce, "<td>" + role + "</td>");
            for (String cell : List.of("<td class=\"number\">2.0</td>", "<td class=\"number\">24</td>", "meets",
                    "within 6 months of hire")) {
                assertTrue(line.contains(cell), cell + " in " + line);
            }
        }
    }

    @Test
    void continuingEducationOutsideCaliforniaIsOnlyACompasion() {
        ImplementationPlan plan = ExampleViews.plan();
        plan.getAgency().setState("MA");
        plan.getRoles().get(0).setPlannedCeHoursPerTwoYears(12);
        String ce = between(render(ExampleViews.of(plan)), "id=\"d10-ce\"", "id=\"d10-budget\"");
        assertTrue(ce.contains("The agency is in MA, where PeerPlan knows no continuing-education requirement"), ce);
        assertTrue(ce.contains("<td class=\"number\">12</td><td>below</td>"), ce);
        assertFalse(ce.contains("class=\"problem\""), ce);
    }

    @Test
    void budgetShowsEachPlanYearByCategoryWithTrainingAtListValue() {
        String budget = between(render(ExampleViews.example()), "id=\"d10-budget\"", "</section>");
        assertTrue(budget.contains("Year 1<div class=\"detail\">January 4, 2027 to January 3, 2028</div>"), budget);
        assertTrue(budget.contains("Year 2<div class=\"detail\">January 4, 2028 to January 3, 2029</div>"), budget);
        assertTrue(row(budget, "<td>Training*</td>").contains("<td class=\"number\">$48,500*</td>"
                + "<td class=\"number\">$18,000*</td><td class=\"number\">$66,500*</td>"), budget);
        assertTrue(row(budget, "<td>Contracted supervision</td>").contains("$9,600"), budget);
        assertTrue(row(budget, "<td>Consultation</td>").contains("<td class=\"number\">$36,000</td>"
                + "<td class=\"number\">$12,000</td><td class=\"number\">$48,000</td>"), budget);
        assertTrue(row(budget, "<th>Total costs</th>").contains("<th class=\"number\">$193,539</th>"
                + "<th class=\"number\">$365,212</th><th class=\"number\">$558,751</th>"), budget);
        assertInOrder(budget, "Peer positions", "Fringe benefits", "Training*", "Contracted supervision",
                "Action plan", "Consultation", "Travel", "Recruitment", "Other", "Total costs",
                "Sacramento County Department of Health Services", "Medicaid billing for peer services",
                "Total funding", "Funding less costs");
        assertTrue(row(budget, "<td>Fringe benefits</td>").contains("<td class=\"number\">$72,072</td>"), budget);
        assertTrue(row(budget, "<td>Action plan</td>").contains("<td class=\"number\">$13,400</td>"), budget);
        assertTrue(row(budget, "<th>Funding less costs</th>").contains("<th class=\"number\">$78,672</th>"
                + "<th class=\"number\">$2,583</th><th class=\"number\">$81,255</th>"), budget);
        assertTrue(budget.contains("with fringe benefits at 30 % of wages"), budget);
        assertFalse(budget.contains("does not cover the costs"), "funding covers both years");
        assertTrue(budget.contains("* Training: " + LABEL), budget);
        assertTrue(budget.contains("Implementation consultant: plan, policy review and coaching"), budget);
        assertTrue(row(budget, "<td>Peer Recovery Coach</td>").contains("$29.25"), budget);
    }

    @Test
    void pdfCarriesTheTrainingPlan() throws IOException {
        List<Path> files = new DocumentGenerator(null).generate(ExampleViews.example(), EnumSet.of(Document.D10),
                EnumSet.of(Format.PDF), folder, message -> { });
        assertEquals("d10-training-budget.pdf", files.get(0).getFileName().toString());
        Path copy = Files.createDirectories(Path.of("target/documents")).resolve("d10-training-budget.pdf");
        Files.copy(files.get(0), copy, StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(files.get(0)))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String fact : List.of("Staff readiness and training plan with budget", "Making Connections",
                    "below the minimum of 10", "WRAP® Seminar II", "RT-e Shared planning", LABEL, "$66,500",
                    "$193,539", "$365,212", "$558,751", "Page 1 of " + pdf.getNumberOfPages())) {
                assertTrue(text.contains(fact), fact);
            }
        }
    }

    private static String render(Map<String, Object> views) {
        return new DocumentGenerator(null).render(Document.D10, views);
    }

    private static TrainingSession session(ImplementationPlan plan, String course) {
        return plan.getTrainingPlan().getSessions().stream()
                .filter(s -> s.getCourse() != null && course.equals(s.getCourse().getCode())).findFirst().orElseThrow();
    }
}
