package org.peerplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.Test;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;
import org.peerplan.model.Cause;
import org.peerplan.model.QuizAnswerValue;
import org.peerplan.model.Respondent;
import org.peerplan.model.RootCauseAnalysis;
import org.peerplan.model.Why;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.editor.pages.OverviewPage;
import org.peerplan.ui.editor.pages.ReadinessPage;
import org.peerplan.ui.editor.pages.RootCausesPage;

/** Readiness answers moving the band on the Overview; a cause and its why reaching the fishbone. */
class ReadinessAndCausesTest extends WorkbenchTest {

    @Test
    void clickingQuizAnswersChangesTheBandOnTheOverview() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        OverviewPage overview = Workbench.show(editor, OverviewPage.ID);
        assertTrue(overview.summary().get(0).contains("6 of 10"), overview.summary().toString());
        Workbench.screenshot("overview");

        ReadinessPage readiness = Workbench.show(editor, ReadinessPage.ID);
        Respondent raj = editor.plan().getReadiness().getRespondents().get(0);
        Table quiz = readiness.quiz().getTable();
        int column = Workbench.column(quiz, raj.getPerson().getName());
        for (String code : new String[] { "TQ-2", "TQ-6" }) {
            TableItem row = Workbench.row(quiz, item -> code.equals(((org.peerplan.model.catalog.CatalogItem) item
                    .getData()).getCode()));
            assertEquals("False", row.getText(column));
            quiz.showItem(row);
            Workbench.settle();
            Rectangle cell = row.getBounds(column);
            Workbench.click(quiz, new Point(cell.x + cell.width / 2, cell.y + cell.height / 2), 1);
            Workbench.key(SWT.ARROW_UP, 0);
            Workbench.key(SWT.CR, 0);
            Workbench.await(() -> raj.getAnswers().stream().anyMatch(a -> code.equals(a.getItem().getCode())
                    && a.getValue() == QuizAnswerValue.TRUE), code + " to be answered True");
        }
        assertTrue(readiness.band().contains("8 of 10"), readiness.band());
        assertTrue(readiness.band().contains("8 to 10 True"), readiness.band());
        Workbench.screenshot("readiness");

        Workbench.show(editor, OverviewPage.ID);
        assertTrue(overview.summary().get(0).contains("8 of 10"), overview.summary().toString());
        assertTrue(overview.summary().get(0).contains("at least 6 months"), overview.summary().toString());

        editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        Workbench.settle();
        assertTrue(overview.summary().get(0).contains("7 of 10"), overview.summary().toString());
    }

    @Test
    void aCauseWithAWhyAppearsInTheFishboneAndUndoTakesItAway() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        RootCausesPage page = Workbench.show(editor, RootCausesPage.ID);
        RootCauseAnalysis analysis = editor.plan().getRootCauseAnalyses().get(0);
        int causes = analysis.getCauses().size();
        Tree worksheet = page.worksheet().getTree();

        worksheet.setFocus();
        Workbench.press(Workbench.buttonIn(page, "Add cause"));
        Workbench.await(() -> analysis.getCauses().size() == causes + 1, "a cause to be added");
        Workbench.type("Supervisors have no time set aside for peers");
        Workbench.key(SWT.CR, 0);
        Cause cause = analysis.getCauses().get(causes);
        Workbench.await(() -> "Supervisors have no time set aside for peers".equals(cause.getDescription()),
                "the cause's words");

        Workbench.press(Workbench.buttonIn(page, "Add why"));
        Workbench.await(() -> cause.getWhys().size() == 1, "a why to be added");
        Workbench.type("Caseload targets leave no hours");
        Workbench.key(SWT.CR, 0);
        Why why = cause.getWhys().get(0);
        Workbench.await(() -> "Caseload targets leave no hours".equals(why.getText()), "the why's words");

        String fishbone = text(page.fishbone().diagram());
        assertTrue(fishbone.contains("Supervisors have no time"), fishbone);
        assertTrue(fishbone.contains("Caseload targets"), fishbone);
        TreeItem[] rows = worksheet.getItems();
        assertTrue(Stream.of(rows).anyMatch(r -> r.getData() == cause), "the worksheet lists the cause");
        Workbench.screenshot("root-causes");

        org.eclipse.jface.action.IAction undo = editor.getEditorSite().getActionBars()
                .getGlobalActionHandler(ActionFactory.UNDO.getId());
        assertEquals("Undo Set Why", undo.getText());
        undo.run();
        undo.run();
        Workbench.settle();
        assertFalse(cause.getWhys().contains(why));
        assertFalse(text(page.fishbone().diagram()).contains("Caseload targets"));
        org.eclipse.jface.action.IAction redo = editor.getEditorSite().getActionBars()
                .getGlobalActionHandler(ActionFactory.REDO.getId());
        redo.run();
        redo.run();
        Workbench.settle();
        assertEquals(1, cause.getWhys().size());
        assertTrue(text(page.fishbone().diagram()).contains("Caseload targets"));
    }

    /** Every word a diagram draws. */
    private static String text(Diagram diagram) {
        return diagram.allNodes().flatMap(Node::withDescendants)
                .flatMap(node -> Stream.concat(node.labels().stream(), node.outsideLabels().stream()))
                .map(Label::text).collect(Collectors.joining("\n"));
    }
}
