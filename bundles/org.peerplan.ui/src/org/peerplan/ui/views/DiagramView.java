package org.peerplan.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.RootCauseAnalysis;
import org.peerplan.model.provider.words.ValueParser;
import org.peerplan.model.provider.words.ValueWords;
import org.peerplan.ui.diagram.DiagramCanvas;
import org.peerplan.ui.diagram.DiagramExport;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.jface.SelectionPublisher;

/**
 * The diagrams of the plan in the editor in use, one at a time, chosen from a list; the one shown is drawn again
 * after every change while the view can be seen (a large plan's diagrams take long to lay out, so only the one chosen
 * is made), as of the day the editor looks at the plan, which can be changed here. Zoom with Ctrl and the wheel,
 * Ctrl+= and Ctrl+-, or the toolbar's Fit and 100%; Export writes the diagram as SVG, PNG or PDF; Print prints it.
 * Selection follows both ways: clicking an element shows the plan element on its editor page, and what is selected
 * in the editor or the explorer is outlined here.
 */
public class DiagramView extends ViewPart {

    public static final String ID = "org.peerplan.ui.diagram";

    /** One diagram the list offers: its kind and, for the fishbones, which analysis. */
    private record Entry(DiagramKind kind, int index, String title) {
    }

    private final SelectionPublisher selection = new SelectionPublisher();

    private Combo chooser;

    private Text asOf;

    private DiagramCanvas canvas;

    private ActivePlanEditor active;

    private List<Entry> entries = List.of();

    private Entry shown;

    private final ISelectionListener followed = (part, chosen) -> {
        if (part != this && chosen instanceof IStructuredSelection structured && canvas != null) {
            canvas.highlight(refsOf(structured));
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(3, false));
        chooser = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        chooser.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        chooser.addListener(SWT.Selection, event -> show(chooser.getSelectionIndex()));
        new Label(parent, SWT.NONE).setText("As of:");
        asOf = new Text(parent, SWT.BORDER);
        GridData dayWidth = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        dayWidth.widthHint = 120;
        asOf.setLayoutData(dayWidth);
        asOf.setToolTipText("The day the timeline marks as today and the rules measure against; the editor's "
                + "Overview shares it.");
        asOf.addListener(SWT.DefaultSelection, event -> lookAt());
        canvas = new DiagramCanvas(parent, DiagramCanvas.Sizing.FIT_WIDTH);
        GridData fill = new GridData(SWT.FILL, SWT.FILL, true, true);
        fill.horizontalSpan = 3;
        canvas.control().setLayoutData(fill);
        canvas.onClick(this::select);
        getSite().setSelectionProvider(selection);
        getSite().getPage().addPostSelectionListener(followed);
        toolbar(getViewSite().getActionBars().getToolBarManager());
        active = new ActivePlanEditor(this, editor -> redraw(), this::redraw);
        redraw();
    }

    private void toolbar(IToolBarManager tools) {
        tools.add(action("Zoom In", "Zoom in (Ctrl+= or Ctrl and the wheel)", () -> canvas.zoomBy(1.25f)));
        tools.add(action("Zoom Out", "Zoom out (Ctrl+-)", () -> canvas.zoomBy(0.8f)));
        tools.add(action("Fit", "Show the whole diagram", canvas::fit));
        tools.add(action("100%", "Show the diagram at its own size (Ctrl+0)", canvas::actualSize));
        tools.add(action("Export…", "Write the diagram as SVG, PNG or PDF", this::export));
        tools.add(action("Print…", "Print the diagram on one page", this::print));
    }

    private static Action action(String text, String tip, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(tip);
        return action;
    }

    private void lookAt() {
        PlanEditor editor = active.editor();
        ValueParser.Parsed day = ValueParser.parse(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__PREPARED_ON,
                asOf.getText());
        if (editor == null || !day.ok() || day.value() == null) {
            getViewSite().getActionBars().getStatusLineManager().setErrorMessage(day.ok()
                    ? "Type the day to look at the plan as of." : day.error());
            return;
        }
        getViewSite().getActionBars().getStatusLineManager().setErrorMessage(null);
        editor.setAsOf((LocalDate) day.value());
    }

    /** Asks where, then writes the diagram shown as SVG, PNG or PDF, as the file's name says. */
    private void export() {
        Diagram shownDiagram = canvas.diagram();
        if (shownDiagram == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Export Diagram");
        dialog.setFilterExtensions(new String[] { "*.svg", "*.png", "*.pdf" });
        dialog.setFilterNames(new String[] { "SVG drawing (*.svg)", "PNG picture (*.png)", "PDF page (*.pdf)" });
        dialog.setFileName(shownDiagram.name() + ".svg");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            export(Path.of(chosen));
        }
    }

    /** Writes the diagram shown to {@code file}; says in a dialog why it could not. */
    public void export(Path file) {
        try {
            DiagramExport.write(canvas.diagram(), file);
            getViewSite().getActionBars().getStatusLineManager().setMessage("Wrote " + file);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot export the diagram", e.getMessage());
        }
    }

    private void print() {
        if (canvas.diagram() == null) {
            return;
        }
        PrinterData printer = new PrintDialog(getSite().getShell(), SWT.NONE).open();
        if (printer != null) {
            DiagramExport.print(canvas.diagram(), printer, getSite().getShell().getDisplay());
        }
    }

    /** The references of the plan elements in {@code chosen}, as the diagrams name them. */
    private Set<String> refsOf(IStructuredSelection chosen) {
        PlanEditor editor = active == null ? null : active.editor();
        Set<String> refs = new HashSet<>();
        for (Object element : chosen.toList()) {
            if (editor != null && element instanceof EObject object && object.eResource() == editor.plan().eResource()) {
                refs.add(DiagramInput.ref(object));
            }
        }
        return refs;
    }

    /** Lists the diagrams of the followed editor's plan and draws the one shown, when the view can be seen. */
    private void redraw() {
        if (chooser == null || active == null || !active.visible()) {
            return;
        }
        PlanEditor editor = active.editor();
        if (editor != null && !asOf.isFocusControl()) {
            asOf.setText(ValueWords.of(editor.asOf()));
        }
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

    /** Selects the element clicked, here and on its page of the editor. */
    private void select(String ref) {
        PlanEditor editor = active.editor();
        EObject element = editor == null ? null : editor.plan().eResource().getEObject(ref);
        if (element != null) {
            selection.setSelection(new StructuredSelection(element));
            canvas.highlight(Set.of(ref));
            editor.showElement(element);
        }
    }

    @Override
    public void setFocus() {
        canvas.canvas().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(followed);
        active.dispose();
        super.dispose();
    }
}
