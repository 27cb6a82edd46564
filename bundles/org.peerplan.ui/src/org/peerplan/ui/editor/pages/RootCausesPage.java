package org.peerplan.ui.editor.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.model.Cause;
import org.peerplan.model.Intervention;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.PeerPlanPackage.Literals;
import org.peerplan.model.RootCauseAnalysis;
import org.peerplan.model.RootCauseCategory;
import org.peerplan.model.Why;
import org.peerplan.model.provider.words.PlanWords;
import org.peerplan.ui.diagram.DiagramCanvas;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.editor.actions.EditingCommands;
import org.peerplan.ui.jface.FeatureColumn;

/**
 * Root causes: the analyses, and for the one chosen its worksheet — each cause with its category, its why-chain, its
 * details and the interventions proposed, sub-causes beneath it — and its fishbone, which follows every change.
 */
public final class RootCausesPage extends PlanPage {

    public static final String ID = "rootCauses";

    private static final PeerPlanFactory MODEL = PeerPlanFactory.eINSTANCE;

    private FeatureTable analyses;

    private FeatureFields situation;

    private TreeViewer worksheet;

    private DiagramCanvas fishbone;

    private RootCauseAnalysis chosen;

    public RootCausesPage(PlanEditor editor) {
        super(editor, ID, "Root causes");
    }

    @Override
    protected void build(Composite body, FormToolkit toolkit) {
        analyses = new FeatureTable(this, body, toolkit, "Analyses", "Choose an analysis to work on its causes.",
                this::plan, Literals.IMPLEMENTATION_PLAN__ROOT_CAUSE_ANALYSES)
                .column(Literals.ROOT_CAUSE_ANALYSIS__TITLE, 260).column(Literals.ROOT_CAUSE_ANALYSIS__CHALLENGE, 300)
                .computed("Causes", 60, row -> String.valueOf(((RootCauseAnalysis) row).getCauses().size()))
                .initializer(analysis -> ((RootCauseAnalysis) analysis).setTitle("New analysis"));
        Layouts.place(analyses.section(), 1);
        analyses.viewer().addSelectionChangedListener(event -> {
            if (event.getStructuredSelection().getFirstElement() instanceof RootCauseAnalysis analysis
                    && analysis != chosen) {
                chosen = analysis;
                refresh();
            }
        });
        situation = new FeatureFields(this, body, toolkit, "The analysis", () -> chosen)
                .field(Literals.ROOT_CAUSE_ANALYSIS__TITLE).longText(Literals.ROOT_CAUSE_ANALYSIS__CHALLENGE)
                .longText(Literals.ROOT_CAUSE_ANALYSIS__CURRENT_SITUATION)
                .field(Literals.ROOT_CAUSE_ANALYSIS__RELATED_COMPETENCY);
        Layouts.place(situation.section(), 1);
        worksheet(body, toolkit);
        Section chart = toolkit.createSection(body, Section.TITLE_BAR);
        chart.setText("Fishbone");
        Layouts.place(chart, 2);
        fishbone = new DiagramCanvas(Layouts.client(toolkit, chart), DiagramCanvas.Sizing.FIT_WIDTH);
        fishbone.control().setLayoutData(Layouts.height(420));
        fishbone.onClick(ref -> reveal(List.of(plan().eResource().getEObject(ref))));
    }

    private void worksheet(Composite body, FormToolkit toolkit) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
        section.setText("Worksheet");
        section.setDescription("Causes by category; under each, why it happens, its sub-causes and the interventions.");
        Layouts.place(section, 2);
        Composite client = Layouts.client(toolkit, section);
        worksheet = new TreeViewer(client, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        worksheet.getTree().setHeaderVisible(true);
        worksheet.getTree().setLinesVisible(true);
        worksheet.getTree().setLayoutData(Layouts.height(240));
        worksheet.setContentProvider(new CauseContent());
        GridEditing.install(worksheet);
        FeatureColumn.add(worksheet, "Cause, why or intervention", 420, context(), row -> (EObject) row,
                RootCausesPage::textOf);
        FeatureColumn.add(worksheet, Literals.CAUSE__CATEGORY, 170, context(),
                row -> row instanceof Cause cause ? cause : null);
        FeatureColumn.computed(worksheet, "Why-chain", 260, row -> row instanceof Cause cause
                ? cause.getWhys().stream().map(Why::getText).collect(Collectors.joining(" → ")) : "");
        FeatureColumn.add(worksheet, Literals.CAUSE__DETAILS, 260, context(),
                row -> row instanceof Cause cause ? cause : null);
        FeatureColumn.computed(worksheet, "Interventions", 260, row -> row instanceof Cause cause
                ? cause.getInterventions().stream().map(PlanWords::text).collect(Collectors.joining("; ")) : "");
        worksheet.addSelectionChangedListener(event -> planEditor().select(event.getSelection()));
        track(worksheet);
        Composite buttons = toolkit.createComposite(client);
        buttons.setLayout(new GridLayout(5, true));
        Layouts.button(toolkit, buttons, "Add cause", this::addCause);
        Layouts.button(toolkit, buttons, "Add why",
                () -> addUnderCause(Literals.CAUSE__WHYS, MODEL.createWhy()));
        Layouts.button(toolkit, buttons, "Add sub-cause",
                () -> addUnderCause(Literals.CAUSE__SUB_CAUSES, newCause()));
        Layouts.button(toolkit, buttons, "Add intervention",
                () -> addUnderCause(Literals.CAUSE__INTERVENTIONS, MODEL.createIntervention()));
        Layouts.button(toolkit, buttons, "Remove", this::removeSelected);
    }

    private static EStructuralFeature textOf(EObject row) {
        if (row instanceof Cause) {
            return Literals.CAUSE__DESCRIPTION;
        }
        if (row instanceof Why) {
            return Literals.WHY__TEXT;
        }
        return row instanceof Intervention ? Literals.INTERVENTION__DESCRIPTION : null;
    }

    private Cause newCause() {
        Cause cause = MODEL.createCause();
        Object selected = worksheet.getStructuredSelection().getFirstElement();
        cause.setCategory(selected instanceof Cause sibling ? sibling.getCategory() : RootCauseCategory.ENVIRONMENT);
        return cause;
    }

    private void addCause() {
        if (chosen != null) {
            add("Add cause", chosen, Literals.ROOT_CAUSE_ANALYSIS__CAUSES, newCause());
        }
    }

    /** Adds {@code created} under the selected cause (or the cause of the selected why or intervention). */
    private void addUnderCause(EReference list, EObject created) {
        Object selected = worksheet.getStructuredSelection().getFirstElement();
        EObject cause = selected instanceof Cause c ? c
                : selected instanceof EObject element && element.eContainer() instanceof Cause c ? c : null;
        if (cause == null) {
            refuse("Choose the cause to add to first.");
            return;
        }
        String what = list == Literals.CAUSE__WHYS ? "why" : list == Literals.CAUSE__SUB_CAUSES ? "sub-cause"
                : "intervention";
        add("Add " + what, cause, list, created);
    }

    private void add(String label, EObject owner, EReference list, EObject created) {
        AdapterFactoryEditingDomain domain = planEditor().domain();
        CompoundCommand command = new CompoundCommand(label);
        command.append(AddCommand.create(domain, owner, list, created));
        domain.getCommandStack().execute(command);
        worksheet.getControl().getDisplay().asyncExec(() -> {
            if (!worksheet.getControl().isDisposed()) {
                worksheet.setSelection(new StructuredSelection(created), true);
                worksheet.editElement(created, 0);
            }
        });
    }

    private void removeSelected() {
        List<?> selected = worksheet.getStructuredSelection().toList();
        if (!selected.isEmpty()) {
            AdapterFactoryEditingDomain domain = planEditor().domain();
            domain.getCommandStack().execute(EditingCommands.DELETE.on(domain, selected));
        }
    }

    @Override
    protected void refresh() {
        analyses.refresh();
        List<RootCauseAnalysis> all = plan().getRootCauseAnalyses();
        if (chosen == null || !all.contains(chosen)) {
            chosen = all.isEmpty() ? null : all.get(0);
            if (chosen != null) {
                analyses.reveal(List.of(chosen));
            }
        }
        situation.refresh();
        if (worksheet.getInput() != chosen) {
            worksheet.setInput(chosen);
            worksheet.expandAll();
        } else {
            worksheet.refresh();
        }
        List<Diagram> fishbones = facts().diagrams(DiagramKind.FISHBONE);
        int index = all.indexOf(chosen);
        fishbone.show(index >= 0 && index < fishbones.size() ? fishbones.get(index) : null);
    }

    public TreeViewer worksheet() {
        return worksheet;
    }

    public DiagramCanvas fishbone() {
        return fishbone;
    }

    @Override
    public boolean shows(EObject element) {
        for (EObject at = element; at != null; at = at.eContainer()) {
            if (at instanceof RootCauseAnalysis) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void reveal(Collection<?> elements) {
        for (Object element : elements) {
            if (element instanceof EObject object && shows(object)) {
                RootCauseAnalysis analysis = analysisOf(object);
                if (analysis != chosen) {
                    chosen = analysis;
                    analyses.reveal(List.of(analysis));
                    refresh();
                }
                if (object != analysis) {
                    worksheet.reveal(object);
                    worksheet.setSelection(new StructuredSelection(object), true);
                }
                return;
            }
        }
    }

    private static RootCauseAnalysis analysisOf(EObject element) {
        EObject at = element;
        while (!(at instanceof RootCauseAnalysis)) {
            at = at.eContainer();
        }
        return (RootCauseAnalysis) at;
    }

    /** A cause's whys, sub-causes and interventions under it, in that order. */
    private static final class CauseContent implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return input instanceof RootCauseAnalysis analysis ? analysis.getCauses().toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (!(parent instanceof Cause cause)) {
                return new Object[0];
            }
            List<Object> children = new ArrayList<>(cause.getWhys());
            children.addAll(cause.getSubCauses());
            children.addAll(cause.getInterventions());
            return children.toArray();
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof EObject object ? object.eContainer() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }
}
