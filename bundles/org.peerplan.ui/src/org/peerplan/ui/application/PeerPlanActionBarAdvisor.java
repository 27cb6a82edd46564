package org.peerplan.ui.application;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.peerplan.ui.handlers.RecentPlansMenu;

/**
 * The window's menus and toolbar, in the Eclipse IDE's habits: File, Edit, Window and Help, the standard actions
 * retargeted to the active part (so Undo undoes the plan editor's last command), their usual keys.
 */
final class PeerPlanActionBarAdvisor extends ActionBarAdvisor {

    /** The workbench's own New command (Ctrl+N), whose handler here is the New Plan wizard. */
    static final String NEW_PLAN = "org.eclipse.ui.newWizard";

    static final String OPEN_PLAN = "org.peerplan.ui.openPlan";

    static final String ABOUT = "org.peerplan.ui.about";

    static final String GENERATE = "org.peerplan.ui.generateBoardPack";

    static final String SET_BASELINE = "org.peerplan.ui.setBaseline";

    private IAction close;

    private IAction save;

    private IAction saveAs;

    private IAction revert;

    private IAction quit;

    private IAction undo;

    private IAction redo;

    private IAction cut;

    private IAction copy;

    private IAction paste;

    private IAction delete;

    private IAction selectAll;

    private IAction resetPerspective;

    private IAction preferences;

    PeerPlanActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        close = registered(ActionFactory.CLOSE.create(window));
        close.setText("&Close");
        save = registered(ActionFactory.SAVE.create(window));
        saveAs = registered(ActionFactory.SAVE_AS.create(window));
        revert = registered(ActionFactory.REVERT.create(window));
        quit = registered(ActionFactory.QUIT.create(window));
        undo = registered(ActionFactory.UNDO.create(window));
        redo = registered(ActionFactory.REDO.create(window));
        cut = registered(ActionFactory.CUT.create(window));
        copy = registered(ActionFactory.COPY.create(window));
        paste = registered(ActionFactory.PASTE.create(window));
        delete = registered(ActionFactory.DELETE.create(window));
        selectAll = registered(ActionFactory.SELECT_ALL.create(window));
        resetPerspective = registered(ActionFactory.RESET_PERSPECTIVE.create(window));
        preferences = registered(ActionFactory.PREFERENCES.create(window));
    }

    private <A extends IAction> A registered(A action) {
        super.register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        file.add(command(window, NEW_PLAN, "&New Plan..."));
        file.add(command(window, OPEN_PLAN, "&Open..."));
        MenuManager recent = new MenuManager("Open &Recent", "openRecent");
        recent.add(new RecentPlansMenu(window));
        file.add(recent);
        file.add(new Separator());
        file.add(close);
        file.add(new Separator());
        file.add(save);
        file.add(saveAs);
        file.add(revert);
        file.add(new Separator());
        file.add(command(window, GENERATE, "&Generate Board Pack..."));
        file.add(command(window, SET_BASELINE, "Set &Baseline..."));
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(quit);
        menuBar.add(file);

        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(undo);
        edit.add(redo);
        edit.add(new Separator());
        edit.add(cut);
        edit.add(copy);
        edit.add(paste);
        edit.add(new Separator());
        edit.add(delete);
        edit.add(selectAll);
        edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(edit);

        MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager("Show &View", "showView");
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        windowMenu.add(showView);
        windowMenu.add(resetPerspective);
        windowMenu.add(new Separator());
        windowMenu.add(preferences);
        menuBar.add(windowMenu);

        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(command(window, ABOUT, "&About PeerPlan Workbench"));
        menuBar.add(help);
    }

    @Override
    protected void fillCoolBar(ICoolBarManager coolBar) {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
        IToolBarManager tools = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        tools.add(command(window, NEW_PLAN, "New Plan"));
        tools.add(command(window, OPEN_PLAN, "Open"));
        tools.add(save);
        tools.add(new Separator());
        tools.add(undo);
        tools.add(redo);
        coolBar.add(new ToolBarContributionItem(tools, "main"));
    }

    private static CommandContributionItem command(IWorkbenchWindow window, String id, String label) {
        CommandContributionItemParameter parameter = new CommandContributionItemParameter(window, id + ".item", id,
                CommandContributionItem.STYLE_PUSH);
        parameter.label = label;
        return new CommandContributionItem(parameter);
    }
}
