package org.peerplan.ui.editor.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationListener;
import org.eclipse.jface.viewers.ColumnViewerEditorDeactivationEvent;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.peerplan.model.provider.words.Vocabulary;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.editor.actions.EditingCommands;
import org.peerplan.ui.jface.FeatureColumn;
import org.peerplan.ui.jface.GridRows;

/**
 * A section with a grid of the elements of one list of the plan (the actions, a role's duties) and buttons to add,
 * remove and reorder them. Columns show features of each element, edited in place, or what the engine computes.
 * Double-click, F2 or Enter edits a cell; Tab moves to the next one.
 */
public final class FeatureTable {

    private final PlanPage page;

    private final OwnerPath owner;

    private final EReference list;

    private final Section section;

    private final TableViewer viewer;

    private final List<Button> changers = new ArrayList<>();

    private Consumer<EObject> initializer = created -> {
    };

    private Function<Object, Collection<?>> elements;

    /** New findings came while a cell was being typed in. */
    private boolean flagsPending;

    /** The first column that edits a feature: where typing starts in a row just added. */
    private int firstEditable = -1;

    /** The grid's input: one list, refilled at each refresh, so that the selection survives. */
    private final List<Object> shown = new ArrayList<>();

    /**
     * @param root the element the way to the list starts from; the list is the last reference of {@code path}, the
     *             others lead to its owner and are made when missing
     */
    public FeatureTable(PlanPage page, Composite parent, FormToolkit toolkit, String title, String description,
            Supplier<? extends EObject> root, EReference... path) {
        this.page = page;
        this.list = path[path.length - 1];
        this.owner = new OwnerPath(root, List.of(path).subList(0, path.length - 1));
        section = toolkit.createSection(parent, Section.TITLE_BAR | (description == null ? 0 : Section.DESCRIPTION));
        section.setText(title);
        if (description != null) {
            section.setDescription(description);
        }
        Composite client = Layouts.client(toolkit, section);
        // Virtual: a refresh relabels the rows on screen only, which keeps a timeline of a thousand tasks quick. No
        // hash lookup: with a virtual grid it keeps rows removed since, and selecting an element that came back fails.
        viewer = new TableViewer(client,
                SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(Layouts.height(160));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(shown);
        GridEditing.install(viewer, false);
        flags(page.planEditor());
        viewer.addSelectionChangedListener(event -> {
            page.planEditor().select(event.getSelection());
            updateButtons();
        });
        viewer.getTable().addListener(SWT.FocusIn, event -> page.planEditor().select(viewer.getSelection()));
        page.track(viewer);
        Composite buttons = toolkit.createComposite(client);
        buttons.setLayout(new GridLayout(4, true));
        Layouts.button(toolkit, buttons, "Add", this::add);
        changers.add(Layouts.button(toolkit, buttons, "Remove", this::remove));
        changers.add(Layouts.button(toolkit, buttons, "Move up", () -> move(-1)));
        changers.add(Layouts.button(toolkit, buttons, "Move down", () -> move(1)));
    }

    /**
     * The first, narrow column: the mark of the most serious finding on a row's element or in it, and the findings in
     * words when the pointer rests there.
     */
    private void flags(PlanEditor editor) {
        ColumnViewerToolTipSupport.enableFor(viewer);
        FeatureColumn.flags(viewer, editor.findings());
        editor.addFlagsListener(() -> {
            if (viewer.getControl().isDisposed()) {
                return;
            }
            if (viewer.isCellEditorActive()) {
                // A refresh now would close the cell being typed in; the marks follow when it closes.
                flagsPending = true;
            } else {
                viewer.refresh(true);
            }
        });
        viewer.getColumnViewerEditor().addEditorActivationListener(new ColumnViewerEditorActivationListener() {
            @Override
            public void afterEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
                if (flagsPending && !viewer.getControl().isDisposed()) {
                    flagsPending = false;
                    viewer.getControl().getDisplay().asyncExec(() -> viewer.refresh(true));
                }
            }

            @Override
            public void beforeEditorActivated(ColumnViewerEditorActivationEvent event) {
                // Nothing to do before a cell opens.
            }

            @Override
            public void afterEditorActivated(ColumnViewerEditorActivationEvent event) {
                // Nothing to do once it is open.
            }

            @Override
            public void beforeEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
                // The value is applied or dropped by the editor itself.
            }
        });
    }

    /** Adds a column for {@code feature} of each element. */
    public FeatureTable column(EStructuralFeature feature, int width) {
        noteEditable();
        FeatureColumn.add(viewer, feature, width, page.context());
        return this;
    }

    private void noteEditable() {
        if (firstEditable < 0) {
            firstEditable = viewer.getTable().getColumnCount();
        }
    }

    /** Adds a column for {@code feature} of the element {@code target} leads each row to. */
    public FeatureTable column(EStructuralFeature feature, int width, Function<Object, EObject> target) {
        noteEditable();
        FeatureColumn.add(viewer, feature, width, page.context(), target);
        return this;
    }

    /** Adds a read-only column of what the engine says about each element. */
    public FeatureTable computed(String title, int width, Function<Object, String> text) {
        FeatureColumn.computed(viewer, title, width, text);
        return this;
    }

    /** Fills in each element the Add button makes before it is added (a name, a sensible duration). */
    public FeatureTable initializer(Consumer<EObject> newInitializer) {
        initializer = newInitializer;
        return this;
    }

    /** Shows other elements than the list's, for grids that gather several lists (every task of every stage). */
    public FeatureTable elements(Function<Object, Collection<?>> gather) {
        elements = gather;
        return this;
    }

    public TableViewer viewer() {
        return viewer;
    }

    public Section section() {
        return section;
    }

    /** Shows the list as it stands. */
    public void refresh() {
        EObject at = owner.resolve();
        shown.clear();
        shown.addAll(elements != null ? elements.apply(at) : at == null ? List.of() : (Collection<?>) at.eGet(list));
        viewer.refresh();
        updateButtons();
    }

    private void updateButtons() {
        boolean any = !viewer.getStructuredSelection().isEmpty();
        changers.forEach(button -> button.setEnabled(any && owner.resolve() != null));
    }

    /** Selects the first of {@code candidates} shown here; returns whether there was one. */
    public boolean reveal(Collection<?> candidates) {
        for (Object candidate : candidates) {
            int index = shown.indexOf(candidate);
            if (index >= 0) {
                TableItem item = viewer.getTable().getItem(index);
                // A virtual row is filled in when its text is asked for; only then can the viewer select it.
                item.getText();
                viewer.setSelection(new StructuredSelection(candidate), true);
                GridRows.show(viewer.getTable(), item);
                return true;
            }
        }
        return false;
    }

    private void add() {
        AdapterFactoryEditingDomain domain = page.planEditor().domain();
        if (!owner.reachable()) {
            return;
        }
        EObject created = EcoreUtil.create(list.getEReferenceType());
        initializer.accept(created);
        String label = "Add " + Vocabulary.inSentence(Vocabulary.type(created.eClass()));
        CompoundCommand command = new CompoundCommand(label);
        EObject at = owner.ensure(domain, command);
        command.append(AddCommand.create(domain, at, list, created));
        domain.getCommandStack().execute(command);
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed() && reveal(List.of(created)) && firstEditable >= 0) {
                viewer.getControl().setFocus();
                viewer.editElement(created, firstEditable);
            }
        });
    }

    private void remove() {
        IStructuredSelection chosen = viewer.getStructuredSelection();
        if (chosen.isEmpty()) {
            return;
        }
        AdapterFactoryEditingDomain domain = page.planEditor().domain();
        domain.getCommandStack().execute(EditingCommands.DELETE.on(domain, chosen.toList()));
    }

    private void move(int by) {
        IStructuredSelection chosen = viewer.getStructuredSelection();
        EObject at = owner.resolve();
        if (chosen.size() != 1 || at == null || !(chosen.getFirstElement() instanceof EObject element)) {
            return;
        }
        List<?> siblings = (List<?>) element.eContainer().eGet(element.eContainingFeature());
        int index = siblings.indexOf(element) + by;
        if (index < 0 || index >= siblings.size()) {
            return;
        }
        AdapterFactoryEditingDomain domain = page.planEditor().domain();
        domain.getCommandStack().execute(MoveCommand.create(domain, element.eContainer(),
                element.eContainingFeature(), element, index));
    }
}
