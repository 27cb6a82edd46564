package org.peerplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.Test;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.validation.PlanChecker;
import org.peerplan.core.validation.RuleRegistry;
import org.peerplan.core.validation.ValidationReport;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.wizards.NewPlanWizard;

/** The New Plan wizard typed into as a consultant would, and the plan it writes. */
class NewPlanWizardTest extends WorkbenchTest {

    @Test
    void theWizardWritesAPlanThatTheCheckerReadsAndOpensIt() throws Exception {
        Path file = folder.resolve("hillside.peerplan");
        NewPlanWizard wizard = new NewPlanWizard();
        wizard.init(Workbench.page().getWorkbenchWindow().getWorkbench(), StructuredSelection.EMPTY);
        String[] refused = new String[2];
        Workbench.whenDialog("New Plan", dialog -> {
            Text[] fields = texts(dialog);
            fields[0].setFocus();
            Workbench.type("Hillside Recovery Services");
            fields[1].setFocus();
            Workbench.type("OR");
            fields[2].setFocus();
            Workbench.retype("March 1, 2027");
            fields[3].setFocus();
            Workbench.type("2027-02-30");
            refused[0] = Workbench.button(dialog, "Finish").isEnabled() ? "enabled" : "disabled";
            Workbench.retype("2028-03-01");
            fields[4].setFocus();
            Workbench.retype(file.toString());
            refused[1] = Workbench.button(dialog, "Finish").isEnabled() ? "enabled" : "disabled";
            Workbench.screenshot("new-plan-wizard");
            Workbench.press(Workbench.button(dialog, "Finish"));
        });
        new WizardDialog(Workbench.shell(), wizard).open();
        Workbench.settle();

        assertEquals("disabled", refused[0], "Finish waits while a date does not exist");
        assertEquals("enabled", refused[1]);
        assertTrue(Files.exists(file));
        ImplementationPlan plan = new PlanStore().load(file);
        assertEquals("Hillside Recovery Services", plan.getAgency().getName());
        assertEquals("OR", plan.getAgency().getState());
        assertEquals(LocalDate.of(2027, 3, 1), plan.getTimeline().getPlanStart());
        assertEquals(LocalDate.of(2028, 3, 1), plan.getTimeline().getFirstPeerStart());
        assertFalse(plan.getTimeline().getStages().isEmpty(), "pre-filled from the catalog");
        ValidationReport report = new PlanChecker(RuleRegistry.all(), LocalDate.of(2027, 3, 1)).check(plan);
        assertTrue(report.rulesChecked() > 70, "the checker reads the new plan: " + report.rulesChecked());

        IEditorPart opened = Workbench.page().getActiveEditor();
        assertTrue(opened instanceof PlanEditor editor && editor.file().equals(file.toAbsolutePath()),
                String.valueOf(opened));
    }

    /** Ctrl+N reaches the New Plan wizard, though the IDE bundle brings a New command handler of its own. */
    @Test
    void ctrlNOpensTheNewPlanWizard() {
        Workbench.shell().forceActive();
        Workbench.settle();
        String[] opened = new String[1];
        Workbench.when(() -> dialogOverTheWindow() != null, () -> {
            Shell dialog = dialogOverTheWindow();
            opened[0] = dialog.getText();
            dialog.close();
        });
        Workbench.key('n', SWT.CTRL);
        Workbench.await(() -> opened[0] != null, "a dialog after Ctrl+N");
        assertEquals("New Plan", opened[0]);
    }

    private static Shell dialogOverTheWindow() {
        for (Shell shell : Workbench.shell().getShells()) {
            if (shell.isVisible()) {
                return shell;
            }
        }
        return null;
    }

    private static Text[] texts(Shell dialog) {
        java.util.List<Text> found = new java.util.ArrayList<>();
        Workbench.collect(dialog, control -> {
            if (control instanceof Text text && (text.getStyle() & SWT.READ_ONLY) == 0 && text.isVisible()
                    && text.getEditable()) {
                found.add(text);
            }
        });
        return found.toArray(Text[]::new);
    }
}
