package org.peerplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.Test;
import org.peerplan.core.compare.Change;
import org.peerplan.core.compare.ChangeKind;
import org.peerplan.core.persistence.AtomicFileWriter;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.schedule.Schedule;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.Stage;
import org.peerplan.model.Task;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.editor.pages.OverviewPage;
import org.peerplan.ui.editor.pages.TimelinePage;
import org.peerplan.ui.views.CompareView;
import org.peerplan.ui.wizards.BoardPackWizard;

/**
 * A baseline set at board approval from the File menu, a month's edit, the Compare view saying what moved and the
 * board pack opening with it.
 */
class ProgressTest extends WorkbenchTest {

    private static final String NAME = "Board approval, December 2026";

    @Test
    void aBaselineSetFromTheMenuThenADelayShowInTheCompareViewAndSelectingAChangeShowsTheTask() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        Workbench.page().activate(editor);
        Workbench.settle();
        Workbench.whenDialog("Set Baseline", dialog -> {
            Workbench.retype(NAME);
            Workbench.screenshot("set-baseline");
            Workbench.press(Workbench.button(dialog, "OK"));
        });
        fileMenu("Set &Baseline...").notifyListeners(SWT.Selection, new Event());
        Workbench.await(() -> editor.plan().getCurrentBaseline() != null, "the baseline to be set");
        ImplementationPlan plan = editor.plan();
        assertEquals(NAME, plan.getCurrentBaseline().getName());
        assertEquals(List.of(plan.getCurrentBaseline()), plan.getBaselines());
        assertTrue(editor.isDirty(), "a baseline is a change to the plan, saved with it");
        IAction undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
        assertEquals("Undo Set Baseline '" + NAME + "'", undo.getText());

        CompareView compare = (CompareView) Workbench.page().showView(CompareView.ID);
        Workbench.page().activate(editor);
        Workbench.settle();
        assertTrue(compare.offered().get(0).startsWith("Baseline '" + NAME + "', set "), compare.offered().toString());
        assertEquals(0, compare.changes().getTable().getItemCount(), "nothing changed since the baseline");
        assertTrue(compare.statusText().startsWith("● On track"), compare.statusText());

        Task last = lastOf(plan.getTimeline().getStages().get(0), editor.facts().schedule());
        editor.domain().getCommandStack().execute(SetCommand.create(editor.domain(), last,
                PeerPlanPackage.Literals.TASK__DURATION_DAYS, last.getDurationDays() + 12));
        String id = plan.eResource().getURIFragment(last);
        Table table = compare.changes().getTable();
        Workbench.await(() -> rowAbout(table, id) != null, "the delay listed");
        Change moved = (Change) rowAbout(table, id).getData();
        assertEquals(ChangeKind.MOVED, moved.kind());
        assertEquals(12, moved.workingDays());
        assertTrue(rowAbout(table, id).getText(2).contains("12 working days later"), rowAbout(table, id).getText(2));
        assertEquals("Timeline", rowAbout(table, id).getText(0));
        assertTrue(compare.statusText().startsWith("■ Late · Of the 10 stages, 1 is late and 0 at risk"),
                compare.statusText());
        OverviewPage overview = (OverviewPage) editor.findPage(OverviewPage.ID);
        String progress = "Progress: ■ Late. Of the 10 stages, 1 is late and 0 at risk, against baseline '" + NAME
                + "'.";
        Workbench.await(() -> progress.equals(overview.progressLine()), "the Overview's progress line: "
                + overview.progressLine());

        Workbench.page().activate(compare);
        Workbench.settle();
        Rectangle cell = rowAbout(table, id).getBounds(2);
        Workbench.click(table, new Point(cell.x + 20, cell.y + cell.height / 2), 1);
        Workbench.await(() -> editor.getActivePageInstance() instanceof TimelinePage
                && editor.selection() instanceof IStructuredSelection chosen && chosen.getFirstElement() == last,
                "the moved task shown on the Timeline page");
        Workbench.screenshot("compare-view");

        Path out = folder.resolve("pack");
        Workbench.withOutput(out, "html", () -> {
            Shell wizard = Workbench.openWithoutBlocking(new WizardDialog(Workbench.shell(),
                    new BoardPackWizard(editor))).getShell();
            Workbench.whenDialog("Board pack written", done -> Workbench.press(Workbench.button(done, "Close")));
            Workbench.press(Workbench.button(wizard, "Finish"));
            Workbench.await(wizard::isDisposed, "the wizard to close");
        });
        String pack = Files.readString(out.resolve("board-pack.html"));
        assertTrue(pack.contains("Compared with the baseline “" + NAME + "”, set on April 30, 2027:"),
                "the pack opens with what changed since the baseline");
        assertTrue(pack.contains("<strong>Late</strong>"), "and says the plan is late");

        editor.doSave(null);
        Workbench.settle();
        ImplementationPlan saved = new PlanStore().load(editor.file());
        assertEquals(NAME, saved.getCurrentBaseline().getName());
        assertTrue(Files.exists(AtomicFileWriter.backupOf(editor.file())));
        Workbench.page().activate(editor);
        Workbench.settle();
        int backup = compare.offered().indexOf(compare.offered().stream().filter(t -> t.startsWith("The version saved"
                + " before the last save")).findFirst().orElseThrow());
        compare.choose(backup);
        Workbench.settle();
        assertEquals(ChangeKind.MOVED, ((Change) rowAbout(table, id).getData()).kind(),
                "against the version before the save, the example itself, the task moved too");
    }

    private static TableItem rowAbout(Table table, String id) {
        return Arrays.stream(table.getItems()).filter(item -> item.getData() instanceof Change change
                && id.equals(change.id())).findFirst().orElse(null);
    }

    private static Task lastOf(Stage stage, Schedule schedule) {
        return stage.getTasks().stream().max(Comparator.comparing((Task t) -> schedule.of(t).lastDay())
                .thenComparing(t -> stage.getTasks().indexOf(t))).orElseThrow();
    }

    private static MenuItem fileMenu(String text) {
        Menu bar = Workbench.shell().getMenuBar();
        for (MenuItem top : bar.getItems()) {
            if (top.getText().equals("&File")) {
                Menu file = top.getMenu();
                // A menu's items are made and enabled as it opens.
                file.notifyListeners(SWT.Show, new Event());
                for (MenuItem item : file.getItems()) {
                    if (item.getText().startsWith(text)) {
                        assertTrue(item.isEnabled(), text + " is enabled with a plan open");
                        return item;
                    }
                }
            }
        }
        throw new AssertionError("no File › " + text);
    }
}
