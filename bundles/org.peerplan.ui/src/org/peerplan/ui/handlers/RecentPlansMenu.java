package org.peerplan.ui.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.CompoundContributionItem;

/** File › Open Recent: the recent plans, numbered, each opening its plan. */
public final class RecentPlansMenu extends CompoundContributionItem {

    private final IWorkbenchWindow window;

    public RecentPlansMenu(IWorkbenchWindow window) {
        super("org.peerplan.ui.recentPlans");
        this.window = window;
    }

    @Override
    protected IContributionItem[] getContributionItems() {
        List<Path> plans = RecentPlans.list();
        if (plans.isEmpty()) {
            Action none = new Action("No recent plans") {
            };
            none.setEnabled(false);
            return new IContributionItem[] { new ActionContributionItem(none) };
        }
        IContributionItem[] items = new IContributionItem[plans.size()];
        for (int i = 0; i < plans.size(); i++) {
            Path plan = plans.get(i);
            Action open = new Action("&" + (i + 1) + " " + plan.getFileName() + "  " + plan.getParent()) {
                @Override
                public void run() {
                    PlanOpener.open(window, plan);
                }
            };
            open.setToolTipText(plan.toString());
            items[i] = new ActionContributionItem(open);
        }
        return items;
    }
}
