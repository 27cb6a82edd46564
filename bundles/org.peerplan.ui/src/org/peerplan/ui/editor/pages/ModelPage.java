package org.peerplan.ui.editor.pages;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.peerplan.model.provider.words.Vocabulary;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.editor.actions.EditingCommands;
import org.peerplan.ui.editor.actions.PlanActions;
import org.peerplan.ui.jface.ItemProviderContentProvider;
import org.peerplan.ui.jface.ItemProviderLabelProvider;

/**
 * The whole plan as a tree, for what no other page shows: New Child, New Sibling, Delete, Duplicate, Cut, Copy and
 * Paste from the context menu, reordering by drag and drop, and every property in the Properties view.
 */
public final class ModelPage extends PlanPage {

    public static final String ID = "model";

    private TreeViewer tree;

    private PlanActions actions;

    public ModelPage(PlanEditor editor) {
        super(editor, ID, "Model");
    }

    @Override
    protected void build(Composite body, FormToolkit toolkit) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
        section.setText("Everything in the plan");
        section.setDescription("Right-click for New Child and New Sibling; drag to reorder; the Properties view "
                + "edits what is selected.");
        Layouts.place(section, 2);
        tree = new TreeViewer(Layouts.client(toolkit, section), SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.getTree().setLayoutData(Layouts.height(560));
        tree.setContentProvider(new ItemProviderContentProvider(planEditor().adapterFactory()));
        tree.setLabelProvider(new ItemProviderLabelProvider(planEditor().adapterFactory(), planEditor().findings()));
        ColumnViewerToolTipSupport.enableFor(tree);
        planEditor().addFlagsListener(() -> {
            if (!tree.getControl().isDisposed()) {
                tree.refresh(true);
            }
        });
        tree.setUseHashlookup(true);
        tree.addSelectionChangedListener(event -> planEditor().select(event.getSelection()));
        tree.getTree().addListener(SWT.FocusIn, event -> planEditor().select(tree.getSelection()));
        actions = new PlanActions(this::planEditor, tree::getSelection);
        menu();
        dragAndDrop();
        track(tree);
    }

    private void menu() {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fill);
        tree.getTree().setMenu(menu.createContextMenu(tree.getTree()));
    }

    private void fill(IMenuManager menu) {
        IStructuredSelection selected = tree.getStructuredSelection();
        AdapterFactoryEditingDomain domain = planEditor().domain();
        if (selected.size() == 1) {
            Object element = selected.getFirstElement();
            menu.add(creating("New Child", domain.getNewChildDescriptors(element, null), element, selected));
            Object parent = element instanceof EObject object ? object.eContainer() : null;
            if (parent != null) {
                menu.add(creating("New Sibling", domain.getNewChildDescriptors(null, element), parent, selected));
            }
            menu.add(new Separator());
        }
        actions.update();
        for (EditingCommands command : List.of(EditingCommands.CUT, EditingCommands.COPY, EditingCommands.PASTE,
                EditingCommands.DELETE, EditingCommands.DUPLICATE)) {
            menu.add(actions.of(command));
        }
    }

    /** A submenu of what can be made under {@code owner}, named in the consultant's words. */
    private MenuManager creating(String title, Collection<?> descriptors, Object owner, IStructuredSelection selected) {
        MenuManager submenu = new MenuManager(title);
        AdapterFactoryEditingDomain domain = planEditor().domain();
        for (Object descriptor : descriptors) {
            if (!(descriptor instanceof CommandParameter parameter)
                    || !(parameter.getValue() instanceof EObject child)) {
                continue;
            }
            String name = Vocabulary.type(child.eClass());
            String where = Vocabulary.feature(parameter.getEStructuralFeature());
            String text = where.equalsIgnoreCase(name) || where.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT)) ? name
                    : name + " (" + Vocabulary.inSentence(where) + ")";
            submenu.add(new Action(text) {
                @Override
                public void run() {
                    Command create = CreateChildCommand.create(domain, owner, parameter, selected.toList());
                    String label = "Add " + Vocabulary.inSentence(name);
                    domain.getCommandStack().execute(new CommandWrapper(label, label, create));
                }
            });
        }
        return submenu;
    }

    private void dragAndDrop() {
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        tree.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(tree.getSelection());
                event.doit = !tree.getSelection().isEmpty();
            }
        });
        tree.addDropSupport(DND.DROP_MOVE, transfers, new ViewerDropAdapter(tree) {
            @Override
            public boolean validateDrop(Object target, int operation, TransferData type) {
                Command command = drop(target);
                boolean ok = command != null && command.canExecute();
                if (command != null) {
                    command.dispose();
                }
                return ok;
            }

            @Override
            public boolean performDrop(Object data) {
                Command command = drop(getCurrentTarget());
                if (command == null || !command.canExecute()) {
                    return false;
                }
                planEditor().domain().getCommandStack().execute(command);
                return true;
            }

            private Command drop(Object target) {
                if (target == null || !(LocalSelectionTransfer.getTransfer()
                        .getSelection() instanceof IStructuredSelection dragged)) {
                    return null;
                }
                float where = switch (getCurrentLocation()) {
                    case LOCATION_BEFORE -> 0.1f;
                    case LOCATION_AFTER -> 0.9f;
                    default -> 0.5f;
                };
                return DragAndDropCommand.create(planEditor().domain(), target, where,
                        DragAndDropFeedback.DROP_MOVE, DragAndDropFeedback.DROP_MOVE, dragged.toList());
            }
        });
    }

    @Override
    protected void refresh() {
        if (tree.getInput() == null || !((List<?>) tree.getInput()).contains(plan())) {
            tree.setInput(List.of(plan()));
            tree.expandToLevel(2);
        }
    }

    public TreeViewer tree() {
        return tree;
    }

    @Override
    public boolean shows(EObject element) {
        return true;
    }

    @Override
    public void reveal(Collection<?> elements) {
        List<?> shown = elements.stream().filter(EObject.class::isInstance).toList();
        if (!shown.isEmpty() && !(shown.size() == 1 && shown.get(0) == plan())) {
            tree.setSelection(new StructuredSelection(shown), true);
        }
    }
}
