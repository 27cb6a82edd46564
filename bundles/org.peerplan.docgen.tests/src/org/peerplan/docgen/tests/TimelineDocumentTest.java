package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
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
import org.peerplan.core.validation.PlanChecker;
import org.peerplan.core.validation.RuleRegistry;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.docgen.Format;
import org.peerplan.docgen.views.PlanViews;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Stage;
import org.peerplan.model.Task;

/** D9, the implementation timeline, shows the example's computed schedule, milestones and overdue tasks. */
class TimelineDocumentTest {

    private static final Pattern UNRENDERED = Pattern.compile("\\$!?\\{?[A-Za-z]");

    @TempDir
    Path folder;

    @Test
    void horizonFallsShortOfTheReadinessBandsMinimum() {
        String html = render(ExampleViews.example());
        String horizon = between(html, "id=\"d09-horizon\"", "id=\"d09-tasks\"");
        for (String fact : List.of("<td>January 4, 2027</td>", "<td>October 4, 2027</td>", "<td>9 months</td>",
                "12 months (quiz: 6 of 10 True, band 5–7 True)",
                "The planned preparation is 3 months shorter than the 12 months",
                "the first peer would start on January 4, 2028 or later")) {
            assertTrue(horizon.contains(fact), fact + " in " + horizon);
        }
        assertTrue(html.contains("69 tasks in 10 stages"), "task count");
        assertTrue(html.contains("30 done, 9 in progress, 30 not started"), "status counts");
        assertTrue(html.contains("The last task ends on March 15, 2028."), "plan end");
    }

    @Test
    void everyTaskAppearsStageByStageWithOwnerComputedDatesStatusAndSlack() {
        String html = render(ExampleViews.example());
        assertFalse(UNRENDERED.matcher(html).find(), "an unrendered reference in D9");
        // Stages in the plan's order, each with its tasks.
        assertInOrder(html, "1. Early Implementation: Building the Foundation", "2. Policy Review and Readiness",
                "3. Developing a Timeline", "4. Developing a Job Description", "5. Recruitment", "6. The Interview",
                "7. Setting Pay Rates", "8. Supervision", "9. Performance Reviews", "10. Onboarding");
        assertEquals(69, count(between(html, "id=\"d09-tasks\"", "id=\"d09-milestones\""), "<tr><td>"),
                "one row per task");

        // Board buy-in: starts when the education series (32 working days from January 19) ends; 10 working days, the
        // last Thursday March 18.
        String buyIn = row(html, "Get buy-in from the board, the executive director and management");
        for (String cell : List.of("<td>Elena Vasquez</td>", nowrap("Mar 5, 2027"),
                nowrap("Mar 18, 2027"), "<td class=\"number\">10</td>", nowrap("Done"), "<td class=\"number\">34</td>",
                "◆",
                "Milestone: Board resolution endorsing peer roles", "After S1-T2, S1-T4.")) {
            assertTrue(buyIn.contains(cell), cell + " in " + buyIn);
        }
        // The staff readiness training runs 64 working days after buy-in and the attitude work.
        String readiness = row(html, "Staff readiness training and open and closed forums");
        for (String cell : List.of("<td>Tamika Brooks, MSW, CPSS</td>", nowrap("Mar 19, 2027"),
                nowrap("Jun 21, 2027"), "<td class=\"number\">64</td>", nowrap("In progress"),
                "<td class=\"number\">54</td>")) {
            assertTrue(readiness.contains(cell), cell + " in " + readiness);
        }
        // A fixed start: the WISE orientation is on the critical path, as is the enrolment that follows it.
        String orientation = row(html, "Week one: WISE Peer Orientation Program");
        for (String cell : List.of(nowrap("Oct 6, 2027"), nowrap("Oct 7, 2027"), nowrap("Not started"), "0, critical",
                "Not before October 6, 2027.")) {
            assertTrue(orientation.contains(cell), cell + " in " + orientation);
        }
        assertTrue(row(html, "Enroll the peers in WISE U, WRAP Seminar I and WRAP Seminar II")
                .contains(nowrap("Mar 15, 2028")), "the last task");
        assertTrue(row(html, "Enroll the peers in WISE U, WRAP Seminar I and WRAP Seminar II").contains("0, critical"));
        assertEquals(2, count(between(html, "id=\"d09-tasks\"", "id=\"d09-milestones\""), "0, critical"),
                "two critical tasks");
        assertTrue(html.contains("Days and slack are working days"), "the unit is said");
        assertTrue(row(html, "Advertise and screen for the minimum qualifications").contains("<td>Linda Cho</td>"));
    }

    @Test
    void milestonesAreListedInDateOrder() {
        String milestones = between(render(ExampleViews.example()), "id=\"d09-milestones\"", "id=\"d09-overdue\"");
        assertEquals(9, count(milestones, "<tr><td class=\"nowrap\">"), "nine milestones");
        assertInOrder(milestones, ">March 12, 2027</td>", "Identify appropriate supervisors",
                ">March 18, 2027</td>", "Get buy-in from the board", ">April 12, 2027</td>",
                "Set the rates and pay ranges above entry level", ">April 12, 2027</td>",
                "Set timeframes and approve the implementation timeline", ">April 28, 2027</td>",
                "Keep the wording flexible and approve the job descriptions", ">July 7, 2027</td>",
                "Go or no-go review", ">August 11, 2027</td>", "Convene the hiring panels",
                ">October 4, 2027</td>", "Day one: binder, onboarding materials and paperwork",
                ">January 24, 2028</td>", "Hold the 90-day reviews");
        assertTrue(milestones.contains("First peers start"), "deliverable");
    }

    @Test
    void thePathToTheFirstPeersStartIsTraced() {
        String path = between(render(ExampleViews.example()), "id=\"d09-first-peer\"", "id=\"d09-overdue\"");
        assertTrue(path.contains("The milestone “Day one: binder, onboarding materials and paperwork” stands for the"
                + " first peer's start"), path);
        assertInOrder(path, "Check the ads for ADA compliance", "Advertise and screen for the minimum qualifications",
                "Go or no-go review", "Review applications and choose interview candidates",
                "Convene the hiring panels", "Run the background checks", "Confirm the start dates",
                "Day one: binder, onboarding materials and paperwork");
        assertTrue(row(path, "Go or no-go review").contains(nowrap("Jul 7, 2027")), path);
    }

    @Test
    void nothingIsOverdueOnThePlansDate() {
        String overdue = between(render(ExampleViews.example()), "id=\"d09-overdue\"", "</section>");
        assertTrue(overdue.contains("Overdue as of April 30, 2027"), overdue);
        assertTrue(overdue.contains("No task is overdue"), overdue);
    }

    @Test
    void tasksStillOpenAfterTheirLastDayAreOverdueOnALaterDate() throws IOException {
        ImplementationPlan plan = ExampleViews.plan();
        LocalDate asOf = LocalDate.of(2027, 6, 1);
        String html = render(PlanViews.of(plan, ToolkitCatalog.in(plan.eResource().getResourceSet()),
                new PlanChecker(RuleRegistry.all(), asOf).check(plan), asOf));
        String overdue = between(html, "id=\"d09-overdue\"", "</section>");
        assertTrue(overdue.contains("Overdue as of June 1, 2027"), overdue);
        assertTrue(overdue.contains("6 tasks should have ended by June 1, 2027"), overdue);
        assertInOrder(overdue, "Write and distribute the job announcements and application forms",
                "Arrange benefits counselling", "Contract peer professional-development supervision",
                "Plan the interview process", "Set formal and informal reviews", "Define the onboarding");
        String announcements = row(overdue, "Write and distribute the job announcements and application forms");
        for (String cell : List.of("<td>Linda Cho</td>", nowrap("May 5, 2027"),
                "<td>27 days<div class=\"problem\">beyond its slack", nowrap("In progress"))) {
            assertTrue(announcements.contains(cell), cell + " in " + announcements);
        }
        assertFalse(overdue.contains("Form interview committees"), "ends June 3, not yet due");
        // Three weeks late with 210 working days of slack moves nothing.
        assertTrue(row(overdue, "Arrange benefits counselling").contains("<td>21 days</td>"), overdue);
        assertFalse(overdue.contains("Advertise and screen"), "ends July 2, not yet due");
    }

    @Test
    void aMilestoneOfNoDaysHappensOnItsStartDay() {
        ImplementationPlan plan = ExampleViews.plan();
        task(plan, "Keep the wording flexible and approve the job descriptions").setDurationDays(0);
        String html = render(ExampleViews.of(plan));
        String approval = row(html, "Keep the wording flexible and approve the job descriptions");
        assertTrue(approval.contains("<td class=\"nowrap\">Apr 28, 2027</td><td class=\"nowrap\">Apr 28, 2027</td>"
                + "<td class=\"number\">0</td>"),
                approval);
        // Its successors now start the same day.
        assertTrue(row(html, "Check the ads for ADA compliance").contains(nowrap("Apr 28, 2027")));
    }

    @Test
    void pdfCarriesTheTimeline() throws IOException {
        List<Path> files = new DocumentGenerator(null).generate(ExampleViews.example(), EnumSet.of(Document.D9),
                EnumSet.of(Format.PDF), folder, message -> { });
        assertEquals("d09-timeline.pdf", files.get(0).getFileName().toString());
        Files.copy(files.get(0), Files.createDirectories(Path.of("target/documents")).resolve("d09-timeline.pdf"),
                StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(files.get(0)))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Riverbend Community Behavioral Health — Implementation timeline — April 30,"
                    + " 2027"), "running header");
            for (String fact : List.of("Implementation timeline", "Preparation before the first peer starts",
                    "January 4, 2028", "Get buy-in from the board", "Elena Vasquez", "March 18, 2027",
                    "Week one: WISE Peer Orientation Program", "0, critical", "Hold the 90-day reviews",
                    "January 24, 2028", "No task is overdue", "Page 1 of " + pdf.getNumberOfPages())) {
                assertTrue(text.contains(fact), fact);
            }
        }
    }

    private static String render(java.util.Map<String, Object> views) {
        return new DocumentGenerator(null).render(Document.D9, views);
    }

    /** A cell that does not wrap, as dates and statuses are in the timeline's tables. */
    static String nowrap(String text) {
        return "<td class=\"nowrap\">" + text + "</td>";
    }

    static Task task(ImplementationPlan plan, String name) {
        return plan.getTimeline().getStages().stream().map(Stage::getTasks).flatMap(List::stream)
                .filter(t -> name.equals(t.getName())).findFirst().orElseThrow();
    }

    /** The table row that contains {@code text}. */
    static String row(String html, String text) {
        // The diagrams name tasks too; rows are looked for in the tables only.
        String tables = html.replaceAll("(?s)<figure class=\"diagram\".*?</figure>", "");
        int at = tables.indexOf(text);
        assertTrue(at >= 0, text + " is missing");
        int start = tables.lastIndexOf("<tr", at);
        int end = tables.indexOf("</tr>", at);
        return tables.substring(start, end);
    }

    static String between(String html, String from, String to) {
        int start = html.indexOf(from);
        assertTrue(start >= 0, from + " is missing");
        int end = html.indexOf(to, start);
        assertTrue(end >= 0, to + " is missing after " + from);
        return html.substring(start, end);
    }

    static void assertInOrder(String html, String... texts) {
        int at = -1;
        for (String text : texts) {
            int next = html.indexOf(text, at + 1);
            assertTrue(next > at, text + " should follow the previous text");
            at = next;
        }
    }

    static int count(String html, String text) {
        Matcher matcher = Pattern.compile(Pattern.quote(text)).matcher(html);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
