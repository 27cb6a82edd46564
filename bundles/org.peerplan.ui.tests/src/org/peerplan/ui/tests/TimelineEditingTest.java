package org.peerplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.Test;
import org.peerplan.core.schedule.ScheduledTask;
import org.peerplan.diagram.Diagram;
import org.peerplan.model.Holiday;
import org.peerplan.model.Task;
import org.peerplan.model.provider.words.ValueWords;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.editor.pages.TimelinePage;

/** The Timeline page as a consultant uses it: typing into the grid, the computed dates and the Gantt following. */
class TimelineEditingTest extends WorkbenchTest {

    /** The critical task of the example whose delay moves the end of the plan. */
    private static Task criticalTask(PlanEditor editor) {
        return editor.facts().schedule().criticalPath().stream().map(ScheduledTask::task)
                .filter(t -> t.getDurationDays() > 0).findFirst().orElseThrow();
    }

    @Test
    void typingADurationMovesTheFinishTheCriticalPathAndTheGanttAndUndoesByName() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        TimelinePage page = Workbench.<TimelinePage>show(editor, TimelinePage.ID);
        Task task = criticalTask(editor);
        int days = task.getDurationDays();
        String finishBefore = String.valueOf(editor.facts().schedule().finish());
        Diagram ganttBefore = page.gantt().diagram();
        Table grid = page.tasks().viewer().getTable();
        TableItem row = Workbench.row(grid, item -> item.getData() == task);
        int duration = Workbench.column(grid, "Duration (working days)");
        int finish = Workbench.column(grid, "Last day");
        String rowFinishBefore = row.getText(finish);

        Workbench.editCell(grid, row, duration);
        Workbench.retype(String.valueOf(days + 30));
        Workbench.key(SWT.CR, 0);
        Workbench.await(() -> task.getDurationDays() == days + 30, "the duration to change");

        row = Workbench.row(grid, item -> item.getData() == task);
        assertEquals(String.valueOf(days + 30), row.getText(duration));
        assertNotEquals(rowFinishBefore, row.getText(finish), "the task's finish moved");
        assertNotEquals(finishBefore, String.valueOf(editor.facts().schedule().finish()), "the plan's end moved");
        assertTrue(editor.facts().schedule().of(task).critical(), "a longer critical task stays critical");
        assertNotEquals(ganttBefore, page.gantt().diagram(), "the Gantt was drawn again");
        assertTrue(editor.isDirty());
        assertTrue(Workbench.tabTitles().contains("*" + editor.getPartName()), Workbench.tabTitles().toString());
        Workbench.screenshot("timeline");

        IAction undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
        assertEquals("Undo Set Duration (working days)", undo.getText());
        undo.run();
        Workbench.settle();
        assertEquals(days, task.getDurationDays());
        assertEquals(rowFinishBefore, Workbench.row(grid, item -> item.getData() == task).getText(finish));
        assertFalse(editor.isDirty(), "undone back to the saved state");
        IAction redo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId());
        assertEquals("Redo Set Duration (working days)", redo.getText());
        redo.run();
        Workbench.settle();
        assertEquals(days + 30, task.getDurationDays());
    }

    @Test
    void aHolidayTypedIntoItsTableMovesTheTaskThatWouldHaveStartedOnIt() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        TimelinePage page = Workbench.<TimelinePage>show(editor, TimelinePage.ID);
        Task task = editor.facts().schedule().tasks().stream().filter(t -> t.task().getStart() == null)
                .filter(t -> t.task().getDurationDays() > 0 && t.earlyStart().isAfter(LocalDate.of(2027, 5, 1)))
                .filter(t -> t.earlyStart().getDayOfWeek().getValue() <= 4)
                .map(ScheduledTask::task).findFirst().orElseThrow();
        LocalDate day = editor.facts().schedule().of(task).earlyStart();
        int holidaysBefore = editor.plan().getAgency().getHolidays().size();

        Table holidays = page.holidays().viewer().getTable();
        Workbench.press(Workbench.buttonIn(page.holidays().section(), "Add"));
        Workbench.await(() -> editor.plan().getAgency().getHolidays().size() == holidaysBefore + 1, "a new holiday");
        Workbench.type("Agency training day");
        Workbench.key(SWT.CR, 0);
        Holiday added = editor.plan().getAgency().getHolidays().get(holidaysBefore);
        Workbench.await(() -> "Agency training day".equals(added.getName()), "the holiday's name");
        Workbench.editCell(holidays, Workbench.row(holidays, item -> item.getData() == added),
                Workbench.column(holidays, "Date"));
        Workbench.retype(day.toString());
        Workbench.key(SWT.CR, 0);
        Workbench.await(() -> day.equals(added.getDate()), "the holiday's date");

        assertEquals(day.plusDays(1), editor.facts().schedule().of(task).earlyStart(),
                "the task starts the next working day");
        assertEquals(day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US),
                Workbench.row(holidays, item -> item.getData() == added).getText(Workbench.column(holidays, "Day")));
        Table grid = page.tasks().viewer().getTable();
        assertEquals(ValueWords.of(day.plusDays(1)), Workbench.row(grid, item -> item.getData() == task)
                .getText(Workbench.column(grid, "Scheduled start")), "the grid shows the new start");
        Workbench.screenshot("timeline-holidays");
    }

    @Test
    void addedTasksGoToTheChosenStageAndAreNamedAtOnce() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        TimelinePage page = Workbench.<TimelinePage>show(editor, TimelinePage.ID);
        Table grid = page.tasks().viewer().getTable();
        org.peerplan.model.Stage stage = editor.plan().getTimeline().getStages().get(2);
        Task first = stage.getTasks().get(0);
        Workbench.editCell(grid, Workbench.row(grid, item -> item.getData() == first), Workbench.column(grid, "Task"));
        Workbench.key(SWT.ESC, 0);
        int before = stage.getTasks().size();
        Workbench.press(Workbench.buttonIn(page.tasks().section(), "Add"));
        Workbench.await(() -> stage.getTasks().size() == before + 1, "the new task in the chosen stage");
        Workbench.type("Agree the onboarding calendar");
        Workbench.key(SWT.CR, 0);
        Task added = stage.getTasks().get(before);
        Workbench.await(() -> "Agree the onboarding calendar".equals(added.getName()), "the new task's name");
        assertEquals(5, added.getDurationDays(), "a new task starts with a sensible duration");
        assertNotNull(editor.facts().schedule().of(added), "and is scheduled at once");
    }

    @Test
    void wrongValuesAreRefusedAtTheCellAndNothingIsCommitted() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        TimelinePage page = Workbench.<TimelinePage>show(editor, TimelinePage.ID);
        Task task = editor.plan().getTimeline().getStages().get(0).getTasks().get(0);
        int days = task.getDurationDays();
        Table grid = page.tasks().viewer().getTable();
        int duration = Workbench.column(grid, "Duration (working days)");

        Workbench.editCell(grid, Workbench.row(grid, item -> item.getData() == task), duration);
        Workbench.retype("abc");
        Workbench.key(SWT.CR, 0);
        assertEquals("'abc' is not a whole number.", page.refusal());
        assertEquals(days, task.getDurationDays());
        assertFalse(editor.domain().getCommandStack().canUndo(), "nothing reached the command stack");
        Workbench.screenshot("timeline-refused");

        Workbench.editCell(grid, Workbench.row(grid, item -> item.getData() == task), duration);
        Workbench.retype("-4");
        Workbench.key(SWT.CR, 0);
        assertEquals("Duration (working days) cannot be negative.", page.refusal());

        int start = Workbench.column(grid, "Start");
        Workbench.editCell(grid, Workbench.row(grid, item -> item.getData() == task), start);
        Workbench.retype("2027-02-30");
        Workbench.key(SWT.CR, 0);
        assertEquals("There is no February 30 in 2027.", page.refusal());
        assertFalse(editor.domain().getCommandStack().canUndo());
        assertFalse(editor.isDirty());

        Workbench.editCell(grid, Workbench.row(grid, item -> item.getData() == task), start);
        Workbench.retype("Mar 1, 2027");
        Workbench.key(SWT.CR, 0);
        Workbench.await(() -> task.getStart() != null, "the start to be set");
        assertEquals("2027-03-01", task.getStart().toString());
        assertNull(page.refusal(), "an accepted value clears the refusal");
    }

    @Test
    void aDependencyThatWouldMakeACycleIsRefusedInItsDialog() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        TimelinePage page = Workbench.<TimelinePage>show(editor, TimelinePage.ID);
        Task later = editor.plan().getTimeline().getStages().stream().flatMap(s -> s.getTasks().stream())
                .filter(t -> !t.getDependsOn().isEmpty()).findFirst().orElseThrow();
        Task earlier = later.getDependsOn().get(0);
        List<Task> before = List.copyOf(earlier.getDependsOn());
        Table grid = page.tasks().viewer().getTable();
        int dependsOn = Workbench.column(grid, "Depends on");

        String[] refused = new String[1];
        Workbench.whenDialog("Depends on", dialog -> {
            org.eclipse.swt.widgets.Table choices = findTable(dialog);
            TableItem item = Workbench.row(choices, i -> i.getData() == later);
            item.setChecked(true);
            org.eclipse.swt.widgets.Event check = new org.eclipse.swt.widgets.Event();
            check.item = item;
            check.detail = SWT.CHECK;
            choices.notifyListeners(SWT.Selection, check);
            Workbench.press(Workbench.button(dialog, "OK"));
            refused[0] = dialogError(dialog);
            Workbench.press(Workbench.button(dialog, "Cancel"));
        });
        TableItem row = Workbench.row(grid, item -> item.getData() == earlier);
        Workbench.editCell(grid, row, dependsOn);
        // The cell offers a button that opens the dialog; it has the keyboard focus.
        assertNotNull(findButton(grid), "the dependencies cell offers its dialog");
        Workbench.key(' ', 0);
        Workbench.settle();
        assertNotNull(refused[0], "the dialog said why");
        assertTrue(refused[0].contains("circle"), refused[0]);
        assertEquals(before, earlier.getDependsOn(), "nothing changed");
        assertFalse(editor.isDirty());
    }

    private static org.eclipse.swt.widgets.Table findTable(org.eclipse.swt.widgets.Shell dialog) {
        org.eclipse.swt.widgets.Table[] found = new org.eclipse.swt.widgets.Table[1];
        Workbench.collect(dialog, control -> {
            if (control instanceof org.eclipse.swt.widgets.Table table && found[0] == null) {
                found[0] = table;
            }
        });
        return found[0];
    }

    private static org.eclipse.swt.widgets.Button findButton(org.eclipse.swt.widgets.Composite grid) {
        org.eclipse.swt.widgets.Button[] found = new org.eclipse.swt.widgets.Button[1];
        Workbench.collect(grid, control -> {
            if (control instanceof org.eclipse.swt.widgets.Button button && button.isVisible()) {
                found[0] = button;
            }
        });
        return found[0];
    }

    /** The error line of a title-area dialog: the text of its message label. */
    private static String dialogError(org.eclipse.swt.widgets.Shell dialog) {
        StringBuilder texts = new StringBuilder();
        Workbench.collect(dialog, control -> {
            if (control instanceof org.eclipse.swt.widgets.Text text && (text.getStyle() & SWT.READ_ONLY) != 0) {
                texts.append(text.getText());
            } else if (control instanceof org.eclipse.swt.widgets.Label label) {
                texts.append(label.getText()).append('\n');
            }
        });
        return texts.toString();
    }
}
