package org.peerplan.ui.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.peerplan.core.compare.Baselines;
import org.peerplan.core.compare.Change;
import org.peerplan.core.compare.PlanComparison;
import org.peerplan.core.compare.PlanStatus;
import org.peerplan.core.compare.Progress;
import org.peerplan.core.compare.StatusAtAGlance;
import org.peerplan.core.persistence.AtomicFileWriter;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.plan.Labels;
import org.peerplan.model.Baseline;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.ui.diagram.SwtCanvas;
import org.peerplan.ui.editor.PlanEditor;

/**
 * What changed in the plan in the editor in use since one of its baselines, the version last saved (its {@code .bak})
 * or another plan file, in the consultant's words, and the status at a glance against the current baseline. Selecting
 * a change shows its element on the editor's page for it. The list follows every edit while the view can be seen.
 */
public class CompareView extends ViewPart {

    public static final String ID = "org.peerplan.ui.compare";

    /** One thing to compare with: a baseline of the plan, or a plan file. */
    private record Against(String title, Baseline baseline, Path file) {
    }

    private Combo chooser;

    private Label shape;

    private Label status;

    private TableViewer changes;

    private LocalResourceManager colours;

    private ActivePlanEditor active;

    private List<Against> offered = List.of();

    private Against chosen;

    /** The other file as last read, kept while it is compared with: reading it after every edit would be slow. */
    private ImplementationPlan otherPlan;

    private Path otherFile;

    @Override
    public void createPartControl(Composite parent) {
        colours = new LocalResourceManager(JFaceResources.getResources(), parent);
        parent.setLayout(new GridLayout(2, false));
        new Label(parent, SWT.NONE).setText("Compare with:");
        chooser = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        chooser.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        chooser.addListener(SWT.Selection, event -> choose(chooser.getSelectionIndex()));
        shape = new Label(parent, SWT.NONE);
        shape.setFont(JFaceResources.getHeaderFont());
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        changes = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        GridData fill = new GridData(SWT.FILL, SWT.FILL, true, true);
        fill.horizontalSpan = 2;
        changes.getTable().setLayoutData(fill);
        changes.getTable().setHeaderVisible(true);
        changes.getTable().setLinesVisible(true);
        column("Area", 140, change -> change.area().title());
        column("Change", 90, change -> Labels.capitalized(Labels.words(change.kind().name())));
        column("What changed", 640, Change::text);
        changes.setContentProvider(ArrayContentProvider.getInstance());
        changes.addSelectionChangedListener(event -> reveal((IStructuredSelection) event.getSelection()));
        active = new ActivePlanEditor(this, editor -> {
            // What was chosen belongs to the plan followed before: another plan compares with its own.
            chosen = null;
            otherFile = null;
            otherPlan = null;
            refresh();
        }, this::refresh);
        refresh();
    }

    private void column(String title, int width, Function<Change, String> text) {
        TableViewerColumn column = new TableViewerColumn(changes, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Change) element);
            }
        });
    }

    /** Lists what the plan can be compared with and shows the comparison chosen, or the current baseline's. */
    private void refresh() {
        if (chooser == null || chooser.isDisposed() || active == null || !active.visible()) {
            return;
        }
        PlanEditor editor = active.editor();
        offered = editor == null ? List.of() : offered(editor);
        chooser.setItems(offered.stream().map(Against::title).toArray(String[]::new));
        int index = chosen == null ? 0 : indexOf(chosen);
        if (editor == null || offered.isEmpty()) {
            show(editor, null);
        } else {
            chooser.select(index);
            show(editor, offered.get(index));
        }
    }

    private List<Against> offered(PlanEditor editor) {
        List<Against> list = new ArrayList<>();
        Baseline current = Baselines.current(editor.plan()).orElse(null);
        if (current != null) {
            list.add(new Against(title(current) + " (current)", current, null));
        }
        editor.plan().getBaselines().reversed().stream().filter(b -> b != current)
                .forEach(b -> list.add(new Against(title(b), b, null)));
        Path backup = editor.file() == null ? null : AtomicFileWriter.backupOf(editor.file());
        if (backup != null && Files.isRegularFile(backup)) {
            list.add(new Against("The version saved before the last save (" + backup.getFileName() + ")", null,
                    backup));
        }
        if (otherFile != null && !otherFile.equals(backup)) {
            list.add(new Against("Plan file " + otherFile, null, otherFile));
        }
        list.add(new Against("Another plan file…", null, null));
        return list;
    }

    private static String title(Baseline baseline) {
        return "Baseline '" + baseline.getName() + "', set " + Labels.day(baseline.getSetOn());
    }

    /** Where {@code against} is among those offered now, matched by what it compares with; else the first. */
    private int indexOf(Against against) {
        for (int i = 0; i < offered.size(); i++) {
            Against one = offered.get(i);
            if (one.baseline() == against.baseline() && Objects.equals(one.file(), against.file())) {
                return i;
            }
        }
        return 0;
    }

    /** Compares with what is at {@code index} of the list, asking for the file when that is "Another plan file…". */
    public void choose(int index) {
        Against against = offered.get(index);
        if (against.baseline() == null && against.file() == null) {
            FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
            dialog.setText("Compare With Another Plan");
            dialog.setFilterExtensions(new String[] { "*.peerplan", "*.*" });
            String file = dialog.open();
            if (file == null) {
                chooser.select(indexOf(chosen == null ? offered.get(0) : chosen));
                return;
            }
            compareWith(Path.of(file));
            return;
        }
        chosen = against;
        refresh();
    }

    /** Compares the plan with the plan file {@code file}. */
    public void compareWith(Path file) {
        otherFile = file;
        otherPlan = null;
        chosen = new Against("", null, file);
        refresh();
    }

    private void show(PlanEditor editor, Against against) {
        if (editor == null) {
            setContentDescription("Open or create a plan to see what changed in it.");
            showStatus(null);
            changes.setInput(List.of());
            return;
        }
        ImplementationPlan plan = editor.plan();
        String problem = editor.facts().scheduleProblem();
        Baseline current = Baselines.current(plan).orElse(null);
        showStatus(problem == null ? StatusAtAGlance.of(plan, current, editor.asOf()) : null);
        if (problem != null) {
            setContentDescription("Nothing can be compared. " + problem);
            changes.setInput(List.of());
            return;
        }
        try {
            List<Change> found = against.baseline() != null
                    ? PlanComparison.against(against.baseline(), plan, editor.asOf())
                    : PlanComparison.between(other(against.file()), plan, editor.asOf());
            setContentDescription(found.isEmpty() ? "Nothing has changed." : Labels.count(found.size(), "change",
                    "changes") + (against.baseline() == null && plan.getBaselines().isEmpty()
                            ? ". File › Set Baseline keeps the plan as approved, to compare with later." : "."));
            changes.setInput(found);
        } catch (IOException | RuntimeException e) {
            setContentDescription("Cannot compare with " + against.file() + ": " + e.getMessage());
            changes.setInput(List.of());
        }
    }

    private ImplementationPlan other(Path file) throws IOException {
        if (otherPlan == null || !file.equals(otherFile) || otherPlan.eResource() == null) {
            otherFile = file;
            otherPlan = new PlanStore().load(file);
        }
        return otherPlan;
    }

    private void showStatus(PlanStatus glance) {
        if (glance == null) {
            shape.setText("");
            status.setText("");
        } else {
            Progress overall = glance.overall();
            shape.setText(overall.shape() + " " + overall.word());
            shape.setForeground(colours.create(ColorDescriptor.createFrom(SwtCanvas.rgb(overall.colour()))));
            status.setText(glance.counts() + ", on " + Labels.day(active.editor().asOf()) + ".");
            status.setToolTipText(glance.byStage());
        }
        shape.getParent().layout(true, true);
    }



    /** Shows the element a change is about on its page of the editor, when it is still in the plan. */
    private void reveal(IStructuredSelection selected) {
        PlanEditor editor = active.editor();
        if (editor != null && selected.getFirstElement() instanceof Change change && change.id() != null) {
            EObject element = editor.plan().eResource().getEObject(change.id());
            if (element != null) {
                editor.showElement(element);
            }
        }
    }

    /** The changes listed, for tests. */
    public TableViewer changes() {
        return changes;
    }

    /** The status line's words, shape first, for tests. */
    public String statusText() {
        return shape.getText() + " · " + status.getText();
    }

    /** What the list offers to compare with, for tests. */
    public List<String> offered() {
        return offered.stream().map(Against::title).toList();
    }

    @Override
    public void setFocus() {
        changes.getTable().setFocus();
    }

    @Override
    public void dispose() {
        active.dispose();
        super.dispose();
    }
}
