package org.peerplan.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.model.RootCauseAnalysis;
import org.peerplan.ui.diagram.DiagramCanvas;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.jface.SelectionPublisher;

/**
 * The diagrams of the plan in the editor in use, one at a time, chosen from a list; the one shown is drawn again
 * after every change while the view can be seen (a large plan's diagrams take long to lay out, so only the one chosen
 * is made). Clicking an element selects the plan element it shows, so the Properties view follows.
 */
public class DiagramView extends ViewPart {

    public static final String ID = "org.peerplan.ui.diagram";

    /** One diagram the list offers: its kind and, for the fishbones, which analysis. */
    private record Entry(DiagramKind kind, int index, String title) {
    }

    private final SelectionPublisher selection = new SelectionPublisher();

    private Combo chooser;

    private DiagramCanvas canvas;

    private ActivePlanEditor active;

    private List<Entry> entries = List.of();

    private Entry shown;

    /** The plan changed while the view could not be seen: draw again when it can. */
    private boolean stale;

    private final IPartListener2 visibility = new IPartListener2() {
        @Override
        public void partVisible(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == DiagramView.this && stale) {
                redraw();
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        chooser = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        chooser.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        chooser.addListener(SWT.Selection, event -> show(chooser.getSelectionIndex()));
        canvas = new DiagramCanvas(parent, false);
        canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.onClick(this::select);
        getSite().setSelectionProvider(selection);
        getSite().getPage().addPartListener(visibility);
        active = new ActivePlanEditor(getSite().getPage(), editor -> redraw(), this::redraw);
        redraw();
    }

    /** Lists the diagrams of the followed editor's plan and draws the one shown, when the view can be seen. */
    private void redraw() {
        if (chooser == null || active == null) {
            return;
        }
        if (!getSite().getPage().isPartVisible(this)) {
            stale = true;
            return;
        }
        stale = false;
        PlanEditor editor = active.editor();
        entries = editor == null ? List.of() : entries(editor);
        chooser.setItems(entries.stream().map(Entry::title).toArray(String[]::new));
        String problem = editor == null ? null : editor.facts().scheduleProblem();
        setContentDescription(editor == null ? "Open or create a plan to see its diagrams."
                : problem == null ? "" : "The diagrams cannot be drawn. " + problem);
        int index = shown == null ? 0 : Math.max(0, entries.indexOf(shown));
        if (entries.isEmpty() || problem != null) {
            canvas.show(null);
        } else {
            show(index);
        }
    }

    private static List<Entry> entries(PlanEditor editor) {
        List<Entry> entries = new ArrayList<>();
        for (DiagramKind kind : DiagramKind.values()) {
            if (kind == DiagramKind.FISHBONE) {
                List<RootCauseAnalysis> analyses = editor.plan().getRootCauseAnalyses();
                for (int i = 0; i < analyses.size(); i++) {
                    entries.add(new Entry(kind, i, kind.title() + ": " + analyses.get(i).getTitle()));
                }
            } else {
                entries.add(new Entry(kind, 0, kind.title()));
            }
        }
        return entries;
    }

    /** Shows the diagram at {@code index} of the chooser's list. */
    public void show(int index) {
        shown = entries.get(index);
        chooser.select(index);
        List<Diagram> drawn = active.editor().facts().diagrams(shown.kind());
        canvas.show(shown.index() < drawn.size() ? drawn.get(shown.index()) : null);
    }

    /** The titles the list offers, for tests. */
    public List<String> offered() {
        return entries.stream().map(Entry::title).toList();
    }

    /** The drawing, for tests. */
    public DiagramCanvas canvas() {
        return canvas;
    }

    private void select(String ref) {
        PlanEditor editor = active.editor();
        EObject element = editor == null ? null : editor.plan().eResource().getEObject(ref);
        if (element != null) {
            selection.setSelection(new StructuredSelection(element));
        }
    }

    @Override
    public void setFocus() {
        canvas.canvas().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(visibility);
        active.dispose();
        super.dispose();
    }
}
