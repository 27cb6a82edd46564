package org.peerplan.ui.problems;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.PlanChecker;
import org.peerplan.core.validation.QuickFix;
import org.peerplan.core.validation.RuleTitles;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.PeerPlanPackage.Literals;
import org.peerplan.model.RuleWaiver;
import org.peerplan.ui.editor.PlanEditor;

/**
 * What can be done about a finding from the workbench: the core's quick fixes, run as commands on the editor's
 * command stack (so Undo takes them back), and waiving the rule with a reason, which the plan records.
 */
public final class Remedies {

    /** One remedy: what a menu item says, and what it does. */
    public record Remedy(String label, String description, Runnable run) {
    }

    private Remedies() {
    }

    /** The findings on {@code element} in the plan as it stands now. */
    public static List<Finding> on(PlanEditor editor, EObject element) {
        return editor.facts().report().findings().stream().filter(f -> f.element() == element).toList();
    }

    /** The remedies for the findings of {@code rule} on {@code element} (every rule's when {@code rule} is null). */
    public static List<Remedy> of(PlanEditor editor, EObject element, String rule, Shell shell) {
        List<Remedy> remedies = new ArrayList<>();
        List<String> waivable = new ArrayList<>();
        for (Finding finding : on(editor, element)) {
            if (rule != null && !rule.equals(finding.ruleId())) {
                continue;
            }
            for (QuickFix fix : finding.fixes()) {
                remedies.add(new Remedy(fix.label(), finding.message(), () -> apply(editor, fix)));
            }
            if (!PlanChecker.STRUCTURE.equals(finding.ruleId()) && !waivable.contains(finding.ruleId())) {
                waivable.add(finding.ruleId());
            }
        }
        for (String id : waivable) {
            remedies.add(new Remedy("Waive rule " + id + "…", "Switch off \u201c" + RuleTitles.of(id) + "\u201d (" + id
                    + ") for this plan, with a reason the validation report lists.", () -> waive(editor, id, shell)));
        }
        return remedies;
    }

    private static void apply(PlanEditor editor, QuickFix fix) {
        Command command = fix.command(editor.domain());
        String label = fix.label();
        editor.domain().getCommandStack().execute(new CommandWrapper(label, label, command));
    }

    /** Asks why, then records the waiver in the plan as one command ("Waive rule R14"). */
    static void waive(PlanEditor editor, String rule, Shell shell) {
        IInputValidator needed = text -> text == null || text.isBlank()
                ? "Say why the rule does not apply to this plan; the validation report shows the reason." : null;
        InputDialog dialog = new InputDialog(shell, "Waive rule " + rule, "Why does \u201c" + RuleTitles.of(rule)
                + "\u201d (" + rule + ") not apply to this plan?", "", needed);
        if (dialog.open() != Window.OK) {
            return;
        }
        RuleWaiver waiver = PeerPlanFactory.eINSTANCE.createRuleWaiver();
        waiver.setRuleId(rule);
        waiver.setReason(dialog.getValue().strip());
        waiver.setWaivedBy(System.getProperty("user.name"));
        waiver.setWaivedOn(LocalDate.now());
        String label = "Waive rule " + rule;
        editor.domain().getCommandStack().execute(new CommandWrapper(label, label,
                AddCommand.create(editor.domain(), editor.plan(), Literals.IMPLEMENTATION_PLAN__RULE_WAIVERS, waiver)));
    }
}
