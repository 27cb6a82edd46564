package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.compare.Baselines;
import org.peerplan.core.privacy.Audience;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.docgen.Format;
import org.peerplan.docgen.views.PlanViews;
import org.peerplan.model.Baseline;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Task;
import org.peerplan.model.TaskStatus;

/** A board pack generated with the plan the board saw last opens with what moved since. */
class SinceLastPackTest {

    @TempDir
    Path folder;

    @Test
    void thePackOpensWithWhatMovedAndThePdfSaysIt() throws Exception {
        ImplementationPlan earlier = ExampleViews.plan();
        ImplementationPlan now = ExampleViews.plan();
        now.getTimeline().setFirstPeerStart(LocalDate.of(2028, 1, 4));
        ((Task) now.eResource().getEObject("task-s1-t6")).setStatus(TaskStatus.DONE);
        Map<String, Object> views = PlanViews.checked(now, ToolkitCatalog.in(now.eResource().getResourceSet()),
                ExampleViews.AS_OF, Audience.BOARD, earlier);
        String text = pages(new DocumentGenerator(null).generate(views, EnumSet.of(Document.BOARD_PACK),
                EnumSet.of(Format.PDF), folder, step -> { }).get(0));
        assertTrue(text.contains("Since the last board pack"), text);
        assertTrue(text.contains("Compared with the version of the plan prepared on April 30, 2027, which the board"
                + " saw last: 1 task or action is now done,"), text);
        assertTrue(text.contains("Changed. The first peer now starts Jan 4, 2028 (was Oct 4, 2027)."), text);
        assertTrue(text.contains("Completed. 'Staff readiness training and open and closed forums' is done."), text);
        assertTrue(text.contains("Resolved. The readiness quiz gives 6 of 10 True"), text);
    }

    @Test
    void sinceTheCurrentBaselineThePackSaysWhatSlippedAndEachStagesStatusInWordsAndShapes() throws Exception {
        ImplementationPlan plan = ExampleViews.plan();
        Baseline baseline = Baselines.of(plan, "Board approval, April 2027", ExampleViews.AS_OF);
        plan.getBaselines().add(baseline);
        plan.setCurrentBaseline(baseline);
        Task buyIn = (Task) plan.eResource().getEObject("task-s1-t1");
        buyIn.setDurationDays(buyIn.getDurationDays() + 15);
        Map<String, Object> views = PlanViews.checked(plan, ToolkitCatalog.in(plan.eResource().getResourceSet()),
                ExampleViews.AS_OF, Audience.BOARD);
        String text = pages(new DocumentGenerator(null).generate(views, EnumSet.of(Document.BOARD_PACK),
                EnumSet.of(Format.PDF), folder, step -> { }).get(0));
        assertTrue(text.contains("Compared with the baseline “Board approval, April 2027”, set on April 30, 2027: no"
                + " task or action is newly done, 5 tasks end later than planned then"), text);
        // The text stripper gives bold words apart from the sentence around them.
        assertTrue(text.contains("the first peer is planned to start on , before the date"), text);
        assertTrue(text.contains("Status at a glance The plan as a whole: ."), text);
        assertTrue(text.contains("■ Late to end more than 10 working days"), text);
        assertTrue(text.contains("Early Implementation: Building the Foundation ■ Late"), text);
        assertTrue(text.contains("✓ Done"), text);
        assertTrue(text.contains("Moved. 'Get buy-in from the board, the executive director and management' now ends"
                + " Apr 9, 2027, 15 working days later (was Mar 18, 2027)."), text);
    }

    @Test
    void withoutAnEarlierPlanThereIsNoSuchSection() {
        String pack = new DocumentGenerator(null).render(Document.BOARD_PACK, ExampleViews.example());
        assertFalse(pack.contains("Since the last board pack"));
    }

    /** The text of the pages after the title page that the section takes, its line breaks as spaces. */
    private static String pages(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(3);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }
}
