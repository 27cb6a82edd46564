package org.peerplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.Test;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerPlanPackage.Literals;
import org.peerplan.model.Task;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.editor.RecoveryJournal;
import org.peerplan.ui.editor.pages.OverviewPage;
import org.peerplan.ui.handlers.PlanOpener;

/** Saving, reopening, the dirty marker, the close prompt, reverting, changes on disk and recovery after a crash. */
class EditorLifecycleTest extends WorkbenchTest {

    @Test
    void changesTypedIntoFieldsAreSavedAndFoundOnReopening() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        OverviewPage overview = Workbench.show(editor, OverviewPage.ID);
        assertFalse(editor.isDirty());
        Workbench.click(overview.agencyName(), new org.eclipse.swt.graphics.Point(10, 5), 1);
        Workbench.retype("Riverbend Recovery Partners");
        Workbench.key(SWT.CR, 0);
        Workbench.await(() -> "Riverbend Recovery Partners".equals(editor.plan().getAgency().getName()),
                "the agency's new name");
        assertTrue(editor.isDirty());
        assertTrue(Workbench.tabTitles().contains("*riverbend.peerplan"), Workbench.tabTitles().toString());

        Workbench.key('s', SWT.CTRL);
        Workbench.await(() -> !editor.isDirty(), "the save");
        assertTrue(Workbench.tabTitles().contains("riverbend.peerplan"), Workbench.tabTitles().toString());
        assertTrue(Files.exists(folder.resolve("riverbend.peerplan.bak")), "the previous version is kept");

        Workbench.closeAll();
        ImplementationPlan saved = new PlanStore().load(folder.resolve("riverbend.peerplan"));
        assertEquals("Riverbend Recovery Partners", saved.getAgency().getName());
        PlanEditor reopened = PlanOpener.open(Workbench.page().getWorkbenchWindow(), folder.resolve("riverbend.peerplan"));
        Workbench.settle();
        assertEquals("Riverbend Recovery Partners", reopened.plan().getAgency().getName());
        assertFalse(reopened.isDirty());
    }

    @Test
    void closingWithUnsavedChangesAsksAndNoKeepsTheFile() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        byte[] before = Files.readAllBytes(editor.file());
        rename(editor, "Renamed in a hurry");
        String[] asked = new String[1];
        Workbench.whenDialog("Save Resource", dialog -> {
            asked[0] = dialog.getText();
            Workbench.press(Workbench.button(dialog, "No", "Don't Save"));
        });
        Workbench.page().closeEditor(editor, true);
        Workbench.settle();
        assertEquals("Save Resource", asked[0], "the workbench asked before closing");
        assertNull(Workbench.page().findEditor(new org.peerplan.ui.editor.PlanEditorInput(folder
                .resolve("riverbend.peerplan"))), "the editor closed");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(folder.resolve("riverbend.peerplan"))),
                "No left the file as it was");
        assertNull(RecoveryJournal.ofWorkbench().find(folder.resolve("riverbend.peerplan")),
                "changes thrown away on purpose are not offered back");
    }

    @Test
    void saveAsWritesTheNewFileAndEditsItFromThenOn() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        byte[] original = Files.readAllBytes(editor.file());
        rename(editor, "Saved elsewhere");
        Path copy = folder.resolve("copy.peerplan");
        editor.saveAs(copy);
        Workbench.settle();
        assertEquals(copy, editor.file());
        assertEquals("copy.peerplan", editor.getPartName());
        assertFalse(editor.isDirty());
        assertEquals("Saved elsewhere", new PlanStore().load(copy).getAgency().getName());
        assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(folder.resolve("riverbend.peerplan"))),
                "the first file is as it was");
    }

    @Test
    void closedViewsComeBackWithResetPerspective() throws Exception {
        Workbench.openExample(folder);
        org.eclipse.ui.IWorkbenchPage page = Workbench.page();
        page.hideView(page.findView(org.peerplan.ui.views.PlanExplorerView.ID));
        Workbench.settle();
        assertNull(page.findView(org.peerplan.ui.views.PlanExplorerView.ID));
        page.resetPerspective();
        Workbench.settle();
        assertNotNull(page.findView(org.peerplan.ui.views.PlanExplorerView.ID), "the explorer is back");
    }

    @Test
    void revertThrowsTheChangesAway() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        String name = editor.plan().getAgency().getName();
        rename(editor, "Something else");
        editor.revert();
        Workbench.settle();
        assertEquals(name, editor.plan().getAgency().getName());
        assertFalse(editor.isDirty());
        assertFalse(editor.domain().getCommandStack().canUndo());
    }

    @Test
    void aFileChangedOnDiskIsReloadedWhenTheUserSaysSo() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        Path file = editor.file();
        String changed = Files.readString(file).replace("Riverbend Community Behavioral Health",
                "Riverbend Changed Elsewhere");
        Files.writeString(file, changed);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        Workbench.whenDialog("Plan changed on disk", dialog -> Workbench.press(Workbench.button(dialog, "Reload")));
        editor.checkDisk();
        Workbench.settle();
        assertEquals("Riverbend Changed Elsewhere", editor.plan().getAgency().getName());
        assertFalse(editor.isDirty());
    }

    @Test
    void unsavedChangesSurviveACrashAndAreOfferedBack() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        Path file = editor.file();
        rename(editor, "Recovered Agency Name");
        editor.writeJournal();
        RecoveryJournal.Entry copy = RecoveryJournal.ofWorkbench().find(file);
        assertNotNull(copy, "a recovery copy was written");
        assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"),
                Files.getPosixFilePermissions(copy.copy()), "the copy holds personal data: its owner's alone");
        // A crash: the workbench goes away without closing the editor. Keep the copy aside, as a crash would.
        Path kept = folder.resolve("kept-copy.peerplan");
        Path keptNote = folder.resolve("kept-copy.properties");
        Files.copy(copy.copy(), kept);
        Path note = copy.copy().resolveSibling(copy.copy().getFileName().toString().replace(".peerplan",
                ".properties"));
        Files.copy(note, keptNote);
        Workbench.closeAll();
        Files.copy(kept, copy.copy(), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(keptNote, note, StandardCopyOption.REPLACE_EXISTING);

        Workbench.whenDialog("Recover unsaved changes",
                dialog -> Workbench.press(Workbench.button(dialog, "Recover")));
        PlanOpener.offerRecoveries(Workbench.page().getWorkbenchWindow());
        Workbench.settle();
        IEditorPart part = Workbench.page().getActiveEditor();
        assertTrue(part instanceof PlanEditor, String.valueOf(part));
        PlanEditor recovered = (PlanEditor) part;
        assertEquals("Recovered Agency Name", recovered.plan().getAgency().getName());
        assertTrue(recovered.isDirty(), "recovered changes stay unsaved until saved");
        assertEquals(file, recovered.file());
        assertFalse(Files.readString(file).contains("Recovered Agency Name"), "the file is untouched");
    }

    @Test
    void taskEditsFromThePropertiesViewGoOnTheEditorsStack() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        Task task = editor.plan().getTimeline().getStages().get(0).getTasks().get(0);
        editor.showElement(task);
        Workbench.settle();
        org.eclipse.ui.IViewPart properties = Workbench.page().showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
        Workbench.page().activate(editor);
        editor.select(new org.eclipse.jface.viewers.StructuredSelection(task));
        Workbench.settle();
        org.eclipse.swt.widgets.Tree sheet = PropertiesViewReading.tree(properties);
        assertTrue(PropertiesViewReading.rows(sheet).containsKey("Duration (working days)"),
                PropertiesViewReading.rows(sheet).keySet().toString());
        assertEquals(String.valueOf(task.getDurationDays()), PropertiesViewReading.rows(sheet).get("Duration (working days)"));
        Workbench.screenshot("properties");

        org.eclipse.swt.widgets.TreeItem row = PropertiesViewReading.item(sheet, "Duration (working days)");
        org.eclipse.swt.graphics.Rectangle value = row.getBounds(1);
        Workbench.click(sheet, new org.eclipse.swt.graphics.Point(value.x + 10, value.y + value.height / 2), 1);
        Workbench.retype("41");
        Workbench.key(SWT.CR, 0);
        Workbench.await(() -> task.getDurationDays() == 41, "the duration set in the Properties view");
        assertEquals("Set Duration (working days)", editor.domain().getCommandStack().getUndoCommand().getLabel());
        assertTrue(editor.isDirty());
    }

    private static void rename(PlanEditor editor, String name) {
        editor.domain().getCommandStack().execute(SetCommand.create(editor.domain(), editor.plan().getAgency(),
                Literals.AGENCY__NAME, name));
        Workbench.settle();
        assertTrue(editor.isDirty());
    }
}
