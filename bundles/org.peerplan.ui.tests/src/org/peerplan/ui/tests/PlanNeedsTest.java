package org.peerplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.Test;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.editor.pages.OverviewPage;

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
        assertEquals("Still needed: 1 fact — The timeline's dates (1). The board pack opens with each of them and who"
                + " supplies it.", last(overview.summary()));
        assertTrue(overview.summary().get(1).startsWith("Horizon: set the plan's start and the first peer's start"),
                overview.summary().toString());
        Workbench.screenshot("overview-needs");

        editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        Workbench.settle();
        assertEquals("Nothing missing: every area the documents draw on is filled in.", last(overview.summary()));
    }

    private static String last(List<String> lines) {
        return lines.get(lines.size() - 1);
    }
}
