package org.peerplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.Test;
import org.peerplan.model.Stage;
import org.peerplan.model.Task;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.editor.pages.ModelPage;

/** The Model page: the whole plan as a tree, changed from its context menu and the keyboard. */
class ModelPageTest extends WorkbenchTest {

    /** Selects {@code element} in the tree and opens its context menu with a right click. */
    private static void contextMenu(ModelPage page, Object element) {
        page.tree().setSelection(new StructuredSelection(element), true);
        Workbench.settle();
        TreeItem item = (TreeItem) page.tree().testFindItem(element);
        Rectangle bounds = item.getBounds();
        Tree tree = page.tree().getTree();
        tree.setFocus();
        Workbench.click(tree, new Point(bounds.x + 20, bounds.y + bounds.height / 2), 1, 3);
        Workbench.settle();
    }

    @Test
    void duplicateNewChildDeleteAndPasteFromTheMenuAndKeys() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        ModelPage page = Workbench.<ModelPage>show(editor, ModelPage.ID);
        Stage stage = editor.plan().getTimeline().getStages().get(1);
        Task task = stage.getTasks().get(0);
        int tasks = stage.getTasks().size();

        contextMenu(page, task);
        Workbench.key(SWT.ARROW_UP, 0);
        Workbench.key(SWT.CR, 0);
        Workbench.await(() -> stage.getTasks().size() == tasks + 1, "the duplicate");
        Task copy = stage.getTasks().get(1);
        assertEquals(task.getName(), copy.getName());
        assertEquals("Duplicate task '" + task.getName() + "'",
                editor.domain().getCommandStack().getUndoCommand().getLabel());

        contextMenu(page, stage);
        Workbench.key(SWT.ARROW_DOWN, 0);
        Workbench.key(SWT.ARROW_RIGHT, 0);
        Workbench.key(SWT.CR, 0);
        Workbench.await(() -> stage.getTasks().size() == tasks + 2, "the new child");
        assertTrue(editor.domain().getCommandStack().getUndoCommand().getLabel().startsWith("Add "),
                editor.domain().getCommandStack().getUndoCommand().getLabel());
        Workbench.screenshot("model");

        page.tree().setSelection(new StructuredSelection(copy), true);
        page.tree().getTree().setFocus();
        Workbench.settle();
        Workbench.key(SWT.DEL, 0);
        Workbench.await(() -> !stage.getTasks().contains(copy), "the delete");

        page.tree().setSelection(new StructuredSelection(task), true);
        Workbench.settle();
        Workbench.key('c', SWT.CTRL);
        page.tree().setSelection(new StructuredSelection(stage), true);
        Workbench.settle();
        Workbench.key('v', SWT.CTRL);
        Workbench.await(() -> stage.getTasks().stream().filter(t -> task.getName().equals(t.getName())).count() == 2,
                "the paste");

        for (int i = 0; i < 4; i++) {
            editor.domain().getCommandStack().undo();
        }
        Workbench.settle();
        assertEquals(tasks, stage.getTasks().size());
        assertFalse(editor.isDirty());
    }
}
