package org.peerplan.ui.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;
import org.peerplan.core.schedule.DependencyCycleException;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.diagram.plan.PlanDiagrams;
import org.peerplan.diagram.render.DiagramPainter;
import org.peerplan.model.ImplementationPlan;

/**
 * Draws the diagrams of the plan the Plan Explorer shows, one at a time, chosen from a list; clicking an element of
 * the diagram selects the plan element it shows, so the Details view follows.
 */
public class DiagramView extends ViewPart {

    public static final String ID = "org.peerplan.ui.diagram";

    private final SelectionPublisher selection = new SelectionPublisher();
    private Combo chooser;
    private ScrolledComposite scroller;
    private Canvas canvas;
    private DiagramFonts fonts;
    private ImplementationPlan plan;
    private List<Diagram> diagrams = List.of();
    private Diagram shown;
    private final ISelectionListener listener = (part, chosen) -> planOf(chosen);

    @Override
    public void createPartControl(Composite parent) {
        fonts = new DiagramFonts(parent.getDisplay());
        parent.setLayout(new GridLayout(1, false));
        chooser = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        chooser.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        chooser.addListener(SWT.Selection, event -> show(chooser.getSelectionIndex()));
        scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(event -> {
            if (shown != null) {
                DiagramPainter.paint(shown, new SwtCanvas(event.gc, fonts, 1));
            }
        });
        canvas.addListener(SWT.MouseDown, event -> select(event.x, event.y));
        scroller.setContent(canvas);
        getSite().setSelectionProvider(selection);
        getSite().getPage().addSelectionListener(listener);
        setContentDescription("Open a plan to see its diagrams.");
    }

    private void planOf(ISelection chosen) {
        if (chosen instanceof IStructuredSelection structured
                && structured.getFirstElement() instanceof EObject element
                && EcoreUtil.getRootContainer(element) instanceof ImplementationPlan root && root != plan) {
            showPlan(root);
        }
    }

    /** Draws every diagram of {@code newPlan} as of today and shows the first. */
    public void showPlan(ImplementationPlan newPlan) {
        plan = newPlan;
        List<Diagram> drawn = new ArrayList<>();
        try {
            DiagramInput input = DiagramInput.of(newPlan, LocalDate.now());
            for (DiagramKind kind : DiagramKind.values()) {
                drawn.addAll(PlanDiagrams.build(kind, input));
            }
            setContentDescription("");
        } catch (IOException | DependencyCycleException e) {
            setContentDescription("The diagrams cannot be drawn: " + e.getMessage());
        }
        diagrams = List.copyOf(drawn);
        chooser.setItems(diagrams.stream().map(Diagram::title).toArray(String[]::new));
        if (!diagrams.isEmpty()) {
            show(0);
        }
    }

    /** Shows the diagram at {@code index} of the chooser's list. */
    public void show(int index) {
        shown = diagrams.get(index);
        chooser.select(index);
        canvas.setSize((int) Math.ceil(shown.width()), (int) Math.ceil(shown.height()));
        canvas.redraw();
    }

    List<Diagram> diagrams() {
        return diagrams;
    }

    Canvas canvas() {
        return canvas;
    }

    private void select(int x, int y) {
        if (shown == null || plan == null) {
            return;
        }
        String ref = shown.refAt(x, y);
        EObject element = ref == null ? null : plan.eResource().getEObject(ref);
        if (element != null) {
            selection.setSelection(new StructuredSelection(element));
        }
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(listener);
        fonts.dispose();
        super.dispose();
    }
}
