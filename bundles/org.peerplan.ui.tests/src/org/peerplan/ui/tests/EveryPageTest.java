package org.peerplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.forms.editor.IFormPage;
import org.junit.jupiter.api.Test;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.editor.pages.ActionsPage;
import org.peerplan.ui.editor.pages.ModelPage;
import org.peerplan.ui.editor.pages.OverviewPage;
import org.peerplan.ui.editor.pages.PolicyReviewPage;
import org.peerplan.ui.editor.pages.ReadinessPage;
import org.peerplan.ui.editor.pages.RisksPage;
import org.peerplan.ui.editor.pages.RolesPage;
import org.peerplan.ui.editor.pages.RootCausesPage;
import org.peerplan.ui.editor.pages.TimelinePage;
import org.peerplan.ui.editor.pages.TrainingBudgetPage;

/** Every page of the editor shows the example's content; a screenshot of each is kept for looking at. */
class EveryPageTest extends WorkbenchTest {

    @Test
    void everyPageShowsTheExample() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        List<String> empty = new ArrayList<>();
        List<String> ids = List.of(OverviewPage.ID, ReadinessPage.ID, TimelinePage.ID, PolicyReviewPage.ID,
                RootCausesPage.ID, ActionsPage.ID, RolesPage.ID, TrainingBudgetPage.ID, RisksPage.ID, ModelPage.ID);
        for (int index = 0; index < ids.size(); index++) {
            editor.setActivePage(ids.get(index));
            Workbench.settle();
            IFormPage page = (IFormPage) editor.getActivePageInstance();
            int[] rows = { 0 };
            Workbench.collect(page.getPartControl(), control -> {
                if (control instanceof Table table) {
                    rows[0] += table.getItemCount();
                } else if (control instanceof Tree tree) {
                    rows[0] += tree.getItemCount();
                }
            });
            if (rows[0] == 0) {
                empty.add(page.getTitle());
            }
            Workbench.screenshot("page-" + (index + 1) + "-" + page.getId());
        }
        assertTrue(empty.isEmpty(), "pages without a row of the example: " + empty);
    }
}
