package org.peerplan.ui.handlers;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;
import org.peerplan.core.compare.Baselines;
import org.peerplan.core.plan.Labels;
import org.peerplan.model.Baseline;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.ui.editor.PlanEditor;

/**
 * File › Set Baseline…: keeps the plan in the editor as it stands, under a name, and makes it the baseline progress
 * is measured against. One command on the editor's stack, so Undo takes it back and Save writes it.
 */
public class SetBaselineHandler extends AbstractHandler {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!(HandlerUtil.getActiveEditor(event) instanceof PlanEditor editor)) {
            return null;
        }
        editor.commitEdits();
        InputDialog dialog = new InputDialog(HandlerUtil.getActiveShellChecked(event), "Set Baseline",
                "Keep the plan's dates, budget per year and open findings as they stand on "
                        + Labels.day(editor.asOf())
                        + ", under a name. From now on the Compare view, the status at a glance and the board pack"
                        + " measure progress against it.",
                "Board approval, " + MONTH.format(editor.asOf()),
                name -> name.isBlank() ? "Give the baseline a name, such as the meeting that approved the plan." : null);
        if (dialog.open() == Window.OK) {
            set(editor, dialog.getValue().strip());
        }
        return null;
    }

    /** Adds the baseline {@code name} to the editor's plan and makes it current, as one undoable command. */
    public static void set(PlanEditor editor, String name) {
        ImplementationPlan plan = editor.plan();
        EditingDomain domain = editor.getEditingDomain();
        Baseline baseline = Baselines.of(plan, name, editor.asOf());
        CompoundCommand command = new CompoundCommand("Set Baseline '" + name + "'");
        command.append(AddCommand.create(domain, plan, PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__BASELINES,
                baseline));
        command.append(SetCommand.create(domain, plan, PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__CURRENT_BASELINE,
                baseline));
        domain.getCommandStack().execute(command);
    }
}
