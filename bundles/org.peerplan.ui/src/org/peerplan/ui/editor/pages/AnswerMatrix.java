package org.peerplan.ui.editor.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.peerplan.model.provider.words.PlanWords;
import org.peerplan.model.provider.words.ValueWords;
import org.peerplan.model.provider.words.Vocabulary;
import org.peerplan.ui.jface.FeatureColumn;

/**
 * Statements of the toolkit catalog down, the people who answer them across: each cell is one person's answer to one
 * statement (the readiness quiz, the recovery-orientation survey), chosen with a click. An answer not given yet is
 * made when it is chosen. Columns of what the engine computes per statement follow the people's.
 */
final class AnswerMatrix {

    private final PlanPage page;

    private final Section section;

    private final TableViewer viewer;

    private final Supplier<List<? extends EObject>> people;

    private final EReference answers;

    private final EReference item;

    private final EAttribute value;

    private final List<TableViewerColumn> personColumns = new ArrayList<>();

    private final List<EObject> shownPeople = new ArrayList<>();

    private final List<Object> rows = new ArrayList<>();

    /**
     * @param people  who answer, in the plan's order (respondents, survey responses)
     * @param answers the list of each person's answers; {@code item} says what an answer answers, {@code value} how
     */
    AnswerMatrix(PlanPage page, Composite parent, FormToolkit toolkit, String title, Function<Object, String> statement,
            Supplier<List<? extends EObject>> people, EReference answers, EReference item, EAttribute value) {
        this.page = page;
        this.people = people;
        this.answers = answers;
        this.item = item;
        this.value = value;
        section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
        section.setText(title);
        section.setDescription("Click a cell to choose the answer.");
        viewer = new TableViewer(Layouts.client(toolkit, section),
                SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(rows);
        viewer.getTable().setLayoutData(Layouts.height(250));
        GridEditing.install(viewer, true);
        FeatureColumn.computed(viewer, "Statement", 380, statement);
        page.track(viewer);
    }

    Section section() {
        return section;
    }

    TableViewer viewer() {
        return viewer;
    }

    /** Adds a column of what the engine says about each statement, after the people's columns. */
    AnswerMatrix computed(String title, int width, Function<Object, String> text) {
        FeatureColumn.computed(viewer, title, width, text);
        return this;
    }

    /** Shows {@code statements} against the people as they stand; the people's columns follow who answers. */
    void refresh(List<?> statements) {
        List<? extends EObject> now = people.get();
        if (!now.equals(shownPeople)) {
            personColumns.forEach(column -> column.getColumn().dispose());
            personColumns.clear();
            shownPeople.clear();
            shownPeople.addAll(now);
            for (int i = 0; i < now.size(); i++) {
                personColumns.add(personColumn(now.get(i), i + 1));
            }
        }
        for (int i = 0; i < now.size(); i++) {
            personColumns.get(i).getColumn().setText(PlanWords.text(now.get(i)));
        }
        rows.clear();
        rows.addAll(statements);
        viewer.refresh();
    }

    private TableViewerColumn personColumn(EObject person, int index) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.CENTER, index);
        TableColumn swt = column.getColumn();
        swt.setWidth(120);
        swt.setResizable(true);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object statement) {
                EObject answer = answer(person, statement);
                return ValueWords.of(answer == null ? null : answer.eGet(value));
            }
        });
        column.setEditingSupport(new AnswerEditing(person));
        return column;
    }

    /** {@code person}'s answer to {@code statement}, or {@code null}. */
    EObject answer(EObject person, Object statement) {
        for (Object answer : (List<?>) person.eGet(answers)) {
            if (((EObject) answer).eGet(item) == statement) {
                return (EObject) answer;
            }
        }
        return null;
    }

    private final class AnswerEditing extends EditingSupport {

        private final EObject person;

        private ComboBoxViewerCellEditor editor;

        AnswerEditing(EObject person) {
            super(viewer);
            this.person = person;
        }

        @Override
        protected boolean canEdit(Object statement) {
            return true;
        }

        @Override
        protected CellEditor getCellEditor(Object statement) {
            if (editor == null) {
                editor = new ComboBoxViewerCellEditor(viewer.getTable(), SWT.READ_ONLY);
                editor.setContentProvider(ArrayContentProvider.getInstance());
                editor.setLabelProvider(new LabelProvider() {
                    @Override
                    public String getText(Object literal) {
                        return ValueWords.of(literal);
                    }
                });
                editor.setInput(((EEnum) value.getEType()).getELiterals().stream().map(l -> l.getInstance())
                        .toList());
                editor.setActivationStyle(ComboBoxViewerCellEditor.DROP_DOWN_ON_MOUSE_ACTIVATION
                        | ComboBoxViewerCellEditor.DROP_DOWN_ON_KEY_ACTIVATION);
            }
            return editor;
        }

        @Override
        protected Object getValue(Object statement) {
            EObject answer = answer(person, statement);
            return answer == null ? value.getDefaultValue() : answer.eGet(value);
        }

        @Override
        protected void setValue(Object statement, Object chosen) {
            if (chosen == null || chosen.equals(getValue(statement))) {
                return;
            }
            page.planEditor().domain().getCommandStack().execute(answering(person, statement, chosen));
        }
    }

    /** Sets {@code person}'s answer to {@code statement}, making the answer when there is none yet. */
    private Command answering(EObject person, Object statement, Object chosen) {
        AdapterFactoryEditingDomain domain = page.planEditor().domain();
        EObject answer = answer(person, statement);
        String label = "Set " + Vocabulary.inSentence(Vocabulary.feature(value)) + " of " + PlanWords.text(person);
        if (answer != null) {
            return new CommandWrapper(label, label, SetCommand.create(domain, answer, value, chosen));
        }
        EObject created = EcoreUtil.create(answers.getEReferenceType());
        created.eSet(item, statement);
        created.eSet(value, chosen);
        return new CommandWrapper(label, label, AddCommand.create(domain, person, answers, created));
    }
}
