package org.peerplan.ui.editor.actions;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.peerplan.ui.editor.PlanEditor;

/**
 * The Edit menu's actions for a plan editor, whichever part is active (the editor itself, or a view that shows its
 * plan): Undo and Redo named for the command they undo or redo, Cut, Copy, Paste, Delete and Select All on the
 * selected elements — or on the text being typed, when the keyboard focus is in a field or a cell.
 */
public final class PlanActions {

    private final Supplier<PlanEditor> editor;

    private final Supplier<ISelection> selection;

    private final Action undo = action("Undo", this::undo);

    private final Action redo = action("Redo", this::redo);

    private final Action selectAll = action("Select All", PlanActions::selectAll);

    private final List<ElementAction> elementActions = List.of(new ElementAction(EditingCommands.CUT),
            new ElementAction(EditingCommands.COPY), new ElementAction(EditingCommands.PASTE),
            new ElementAction(EditingCommands.DELETE), new ElementAction(EditingCommands.DUPLICATE));

    /**
     * @param editor    the editor whose plan the actions change, possibly none
     * @param selection the elements the actions apply to (the part's selection)
     */
    public PlanActions(Supplier<PlanEditor> editor, Supplier<ISelection> selection) {
        this.editor = editor;
        this.selection = selection;
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    /** Makes these the handlers of the standard Edit actions of {@code bars}. */
    public void install(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.CUT.getId(), elementActions.get(0));
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), elementActions.get(1));
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), elementActions.get(2));
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), elementActions.get(3));
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);
        update();
        bars.updateActionBars();
    }

    /** The action that duplicates the selected elements, for context menus. */
    public IAction duplicate() {
        return elementActions.get(4);
    }

    /** The action of {@code command} on the selection, for context menus. */
    public IAction of(EditingCommands command) {
        return elementActions.stream().filter(a -> a.command == command).findFirst().orElseThrow();
    }

    /** Brings names and enablement up to date with the command stack, the selection and the keyboard focus. */
    public void update() {
        PlanEditor target = editor.get();
        CommandStack stack = target == null ? null : target.domain().getCommandStack();
        Command toUndo = stack == null ? null : stack.getUndoCommand();
        Command toRedo = stack == null ? null : stack.getRedoCommand();
        undo.setEnabled(stack != null && stack.canUndo());
        undo.setText(toUndo == null || toUndo.getLabel() == null ? "Undo" : "Undo " + toUndo.getLabel());
        redo.setEnabled(stack != null && stack.canRedo());
        redo.setText(toRedo == null || toRedo.getLabel() == null ? "Redo" : "Redo " + toRedo.getLabel());
        boolean typing = typingControl() != null;
        for (ElementAction action : elementActions) {
            action.setEnabled(typing && action.command != EditingCommands.DUPLICATE || target != null
                    && action.command(target).canExecute());
        }
        selectAll.setEnabled(true);
    }

    private void undo() {
        PlanEditor target = editor.get();
        if (target != null && target.domain().getCommandStack().canUndo()) {
            target.cancelEdits();
            target.domain().getCommandStack().undo();
        }
    }

    private void redo() {
        PlanEditor target = editor.get();
        if (target != null && target.domain().getCommandStack().canRedo()) {
            target.cancelEdits();
            target.domain().getCommandStack().redo();
        }
    }

    /** The field or cell the keyboard is typing into, if any. */
    private static Control typingControl() {
        Control focus = Display.getCurrent() == null ? null : Display.getCurrent().getFocusControl();
        return focus instanceof Text || focus instanceof Combo combo && (combo.getStyle() & SWT.READ_ONLY) == 0 ? focus
                : null;
    }

    /** Selects all text of a field, or every row of a grid (the grid's viewer hears of it as of a click). */
    private static void selectAll() {
        Control focus = Display.getCurrent().getFocusControl();
        if (focus instanceof Text text) {
            text.selectAll();
            return;
        }
        if (focus instanceof Table table) {
            table.selectAll();
        } else if (focus instanceof Tree tree) {
            tree.selectAll();
        } else {
            return;
        }
        focus.notifyListeners(SWT.Selection, new Event());
    }

    /** Cut, Copy, Paste, Delete or Duplicate: on the text being typed, else on the selected elements. */
    private final class ElementAction extends Action {

        final EditingCommands command;

        ElementAction(EditingCommands command) {
            super(command.name().charAt(0) + command.name().substring(1).toLowerCase());
            this.command = command;
        }

        Command command(PlanEditor target) {
            ISelection chosen = selection.get();
            return command.on(target.domain(), chosen instanceof IStructuredSelection structured
                    ? structured.toList() : List.of());
        }

        @Override
        public void run() {
            Control typing = typingControl();
            if (typing != null && command != EditingCommands.DUPLICATE) {
                TextEditing.perform(typing, command);
                return;
            }
            PlanEditor target = editor.get();
            if (target == null) {
                return;
            }
            Command made = command(target);
            if (!made.canExecute()) {
                return;
            }
            if (command.changesThePlan()) {
                target.domain().getCommandStack().execute(made);
            } else {
                made.execute();
            }
            update();
        }
    }
}
