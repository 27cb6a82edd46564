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
import org.eclipse.ui.part.ViewPart;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.ui.diagram.DiagramCanvas;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.jface.SelectionPublisher;

/**
 * The diagrams of the plan in the editor in use, one at a time, chosen from a list and drawn again after every
 * change; clicking an element of a diagram selects the plan element it shows, so the Properties view follows.
 */
public class DiagramView extends ViewPart {

    public static final String ID = "org.peerplan.ui.diagram";

    private final SelectionPublisher selection = new SelectionPublisher();

    private Combo chooser;

    private DiagramCanvas canvas;

    private ActivePlanEditor active;

    private List<Diagram> diagrams = List.of();

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
        active = new ActivePlanEditor(getSite().getPage(), this::redraw, () -> redraw(active.editor()));
        redraw(active.editor());
    }

    /** Draws the diagrams of the followed editor's plan again, keeping the one shown when it still exists. */
    private void redraw(PlanEditor editor) {
        String shown = canvas.diagram() == null ? null : canvas.diagram().name();
        List<Diagram> drawn = new ArrayList<>();
        if (editor != null) {
            for (DiagramKind kind : DiagramKind.values()) {
                drawn.addAll(editor.facts().diagrams(kind));
            }
        }
        diagrams = List.copyOf(drawn);
        chooser.setItems(diagrams.stream().map(Diagram::title).toArray(String[]::new));
        if (editor == null) {
            setContentDescription("Open or create a plan to see its diagrams.");
        } else {
            String problem = editor.facts().scheduleProblem();
            setContentDescription(problem == null ? "" : "The diagrams cannot be drawn. " + problem);
        }
        int index = 0;
        for (int i = 0; i < diagrams.size(); i++) {
            if (diagrams.get(i).name().equals(shown)) {
                index = i;
            }
        }
        if (diagrams.isEmpty()) {
            canvas.show(null);
        } else {
            show(index);
        }
    }

    /** Shows the diagram at {@code index} of the chooser's list. */
    public void show(int index) {
        chooser.select(index);
        canvas.show(diagrams.get(index));
    }

    /** The drawing, for tests. */
    public DiagramCanvas canvas() {
        return canvas;
    }

    /** The diagrams offered, for tests. */
    public List<Diagram> offered() {
        return diagrams;
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
        active.dispose();
        super.dispose();
    }
}
