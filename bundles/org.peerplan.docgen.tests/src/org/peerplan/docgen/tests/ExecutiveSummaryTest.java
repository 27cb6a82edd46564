package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peerplan.docgen.tests.TimelineDocumentTest.assertInOrder;
import static org.peerplan.docgen.tests.TimelineDocumentTest.between;
import static org.peerplan.docgen.tests.TimelineDocumentTest.row;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.docgen.Format;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.SpeedUpChoice;

/**
 * The board pack as a board member reads it: a short part (the executive summary with decisions set in their context,
 * a budget with its funding, what is coming next; the timeline at a glance) free of engine codes, then the documents
 * as lettered appendices.
 */
class ExecutiveSummaryTest {

    /** Rule ids (R14) and toolkit codes (S1-T1, OB-PS-4, PO-10, SU-1) a board member cannot read. */
    @TempDir
    Path folder;

    private static final Pattern CODE = Pattern.compile("\\bR\\d{1,2}\\b|\\b[A-Z]{1,4}\\d?(-[A-Z0-9]{1,3})*-[A-Z]?\\d+\\b");

    @Test
    void theFundersDeadlineIsSetAgainstTheReadinessBand() {
        String summary = summary(ExampleViews.example());
        for (String fact : List.of("requires the first peer to be working by <strong>October 31, 2027</strong>",
                "Choose between the funder&#39;s deadline and the preparation the readiness quiz calls for",
                "<em>Keep October 4, 2027:</em> Take speed-up options to make up the 3 months: national peer"
                        + " conferences, site visits or sub-contract to a peer organization. The plan takes none yet",
                "<em>Move the first peer&#39;s start to January 4, 2028:</em> The full preparation, 65 days after the"
                        + " funder&#39;s deadline", "since $240,000 a year of its funding depends on that date")) {
            assertTrue(summary.contains(fact), fact + " in " + summary);
        }
    }

    @Test
    void withoutAFunderDeadlineTheChoiceIsTheBandsAlone() {
        ImplementationPlan plan = ExampleViews.plan();
        plan.getAgency().getFunderConstraints().clear();
        String summary = summary(ExampleViews.of(plan));
        assertTrue(summary.contains("Move the first peer&#39;s start to January 4, 2028 or later, or keep the date"
                + " with speed-up options"), summary);
        assertTrue(summary.contains("no funder requires an earlier date"), summary);
        assertFalse(summary.contains("requires the first peer to be working by"), summary);
    }

    @Test
    void aChosenSpeedUpIsNamedWithItsCostAndBudgeted() throws Exception {
        ImplementationPlan plan = ExampleViews.plan();
        SpeedUpChoice visits = PeerPlanFactory.eINSTANCE.createSpeedUpChoice();
        visits.setOption(ToolkitCatalog.in(PlanStore.newResourceSet()).getSpeedUpOptions().get(1));
        visits.setCost(new BigDecimal("4200"));
        plan.getTimeline().getSpeedUps().add(visits);
        String summary = summary(ExampleViews.of(plan));
        assertTrue(summary.contains("the plan takes site visits ($4,200)."), summary);
        assertTrue(row(summary, "<td>Action plan</td>").contains("<td class=\"number\">$17,600</td>"),
                "the $13,400 of actions and the visits");
    }

    @Test
    void theBudgetShowsItsFundingAndAShortfallBecomesADecision() {
        ImplementationPlan plan = ExampleViews.plan();
        plan.getAgency().getFunderConstraints().get(0).setAnnualAmount(new BigDecimal("100000"));
        String summary = summary(ExampleViews.of(plan));
        assertTrue(row(summary, "<th>Funding less costs</th>").contains("−$61,328"), "year 1 falls short");
        assertTrue(summary.contains("Find $61,328 for plan year 1"), summary);
        assertTrue(summary.contains("Find $137,417 for plan year 2"), summary);
    }

    @Test
    void whatHappensNextIsWhatIsComingNotWhatIsUnderWay() {
        String next = between(summary(ExampleViews.example()), "What happens next", "validation report");
        assertInOrder(next, "May 6, 2027", "Advertise and screen for the minimum qualifications",
                "July 7, 2027", "Go or no-go review", "August 11, 2027", "Convene the hiring panels",
                "October 4, 2027", "Day one", "Milestone: First peers start");
        assertFalse(next.contains("Plan the interview process"), "in progress on April 30");
        assertFalse(next.contains("Keep the wording flexible"), "done before April 30");
    }

    @Test
    void theSummaryCarriesNoRuleIdsOrTaskCodes() {
        String summary = summary(ExampleViews.example()).replaceAll("<[^>]+>", " ");
        Matcher code = CODE.matcher(summary);
        assertFalse(code.find(), () -> "a code in the summary: " + code.group() + " in …"
                + summary.substring(Math.max(0, code.start() - 80), code.end()));
        assertTrue(CODE.matcher("after OB-PS-4, S2-T3 and R14 (PO-10, SU-1)").results().count() == 5,
                "the pattern finds the codes it is for");
    }

    @Test
    void theBoardReadsAtMostTwentyPagesThenTheAppendices() throws Exception {
        Path pdfFile = new DocumentGenerator(null).generate(ExampleViews.example(), EnumSet.of(Document.BOARD_PACK),
                EnumSet.of(Format.PDF), folder, message -> { }).get(0);
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(pdfFile))) {
            PDFTextStripper stripper = new PDFTextStripper();
            int appendices = 0;
            boolean glance = false;
            for (int page = 2; page <= pdf.getNumberOfPages() && appendices == 0; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                if (text.contains("The appendices are the full documents")) {
                    appendices = page;
                    continue;
                }
                Matcher code = CODE.matcher(text);
                int shown = page;
                assertFalse(code.find(), () -> "page " + shown + " shows the code " + code.group());
                if (text.contains("The timeline at a glance")) {
                    PDRectangle size = pdf.getPage(page - 1).getMediaBox();
                    glance |= size.getWidth() > size.getHeight();
                }
            }
            assertTrue(appendices > 2 && appendices - 1 <= 20, "the part before the appendices has "
                    + (appendices - 1) + " pages");
            assertTrue(glance, "the timeline at a glance has a landscape page");
            String all = new PDFTextStripper().getText(pdf);
            assertTrue(all.contains("Appendix F. Implementation timeline"), "documents are lettered appendices");
        }
    }

    private static String summary(Map<String, Object> views) {
        String html = new DocumentGenerator(null).render(Document.BOARD_PACK, views);
        return between(html, "id=\"summary\"", "</section>");
    }
}
