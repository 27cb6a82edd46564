package org.peerplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.Test;
import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.plan.NewPlanFactory;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.editor.pages.OverviewPage;
import org.peerplan.ui.handlers.PlanOpener;

/** The Overview says what the plan still lacks, and follows the consultant's edits and their undoing. */
class PlanNeedsTest extends WorkbenchTest {

    @Test
    void clearingTheFirstPeersStartMakesItANeedAndUndoTakesItBack() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        OverviewPage overview = Workbench.show(editor, OverviewPage.ID);
        assertEquals("Nothing missing: every area the documents draw on is filled in.", last(overview.summary()));

        Workbench.click(overview.firstPeerStart(), new Point(10, 5), 1);
        Workbench.key('a', SWT.CTRL);
        Workbench.key(SWT.BS, 0);
        Workbench.key(SWT.CR, 0);
        Workbench.await(() -> editor.plan().getTimeline().getFirstPeerStart() == null, "the first peer's start cleared");
        Workbench.await(() -> last(overview.summary()).startsWith("Still needed"), "the need on the Overview");
        assertEquals("Still needed: the first peer's start date (from the executive director, with the consultant)."
                + " The board pack opens with it.", last(overview.summary()));
        assertEquals("The timeline's dates: the first peer's start date (from the executive director, with the"
                + " consultant)", overview.needsInDetail());
        assertEquals("Horizon: set the first peer's start to compare the planned months with the minimum.",
                overview.summary().get(1));
        Workbench.screenshot("overview-needs");

        editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        Workbench.settle();
        assertEquals("Nothing missing: every area the documents draw on is filled in.", last(overview.summary()));
        assertNull(overview.needsInDetail());
    }

    /** An untouched new plan lacks too much for one line: the line counts by area, the tooltip names each fact. */
    @Test
    void aNewPlansNeedsAreCountedByAreaAndNamedInTheTooltip() throws Exception {
        Path file = folder.resolve("hillside.peerplan");
        new PlanStore().save(new NewPlanFactory(ToolkitCatalog.in(PlanStore.newResourceSet())).create("Hillside", "",
                LocalDate.of(2027, 3, 1)), file);
        PlanEditor editor = PlanOpener.open(Workbench.page().getWorkbenchWindow(), file);
        Workbench.settle();
        OverviewPage overview = Workbench.show(editor, OverviewPage.ID);
        assertTrue(last(overview.summary()).startsWith("Still needed: 14 facts — The agency and who prepares the plan"
                + " (2), The timeline's dates (1), Readiness (2),"), last(overview.summary()));
        List<String> facts = List.of(overview.needsInDetail().split("\n"));
        assertEquals(14, facts.size(), facts.toString());
        assertTrue(facts.contains("Budget and funding: the agency's fringe-benefit rate (from finance)"),
                facts.toString());
        Workbench.screenshot("overview-new-plan");
    }

    private static String last(List<String> lines) {
        return lines.get(lines.size() - 1);
    }
}
