package org.peerplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.peerplan.model.PeerPlanPackage.Literals;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.editor.pages.TrainingBudgetPage;

/** The Training & budget page: a benefit rate typed in changes the costs and what the funding leaves per year. */
class BudgetEditingTest extends WorkbenchTest {

    @Test
    void aFringeBenefitRateTypedInIsCostedAtOnce() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        TrainingBudgetPage page = Workbench.<TrainingBudgetPage>show(editor, TrainingBudgetPage.ID);
        assertTrue(page.totals().contains("Year 2 (Jan 4, 2028 to Jan 3, 2029): costs $365,212, funding"
                + " $367,795.20, $2,583.20 to spare"), page.totals());

        Text rate = page.billing().text(Literals.AGENCY__FRINGE_BENEFIT_RATE);
        Workbench.click(rate, new Point(5, 5), 1);
        Workbench.retype("0.35");
        Workbench.key(SWT.CR, 0);
        Workbench.await(() -> Double.valueOf(0.35).equals(editor.plan().getAgency().getFringeBenefitRate()),
                "the rate to be set");
        // 5 % more of $240,240 of wages in year 2: $12,012.
        assertTrue(page.totals().contains("costs $377,224, funding $367,795.20, $9,428.80 not covered"),
                page.totals());
        assertEquals("Set Fringe benefit rate (share of wages)", editor.domain().getCommandStack().getUndoCommand()
                .getLabel());
        Workbench.screenshot("training-budget");
    }
}
