package org.peerplan.ui.editor.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.peerplan.model.provider.words.ValueParser;
import org.peerplan.model.provider.words.ValueWords;
import org.peerplan.model.provider.words.Vocabulary;
import org.peerplan.ui.jface.ReferencesDialog;
import org.peerplan.ui.jface.ValueChecks;

/**
 * A section of labelled fields for the features of one element (the agency, the timeline). Text is committed when
 * Enter is pressed or the field is left, if it reads as a value; otherwise the field is marked, the reason shown in
 * the page's header and nothing changes. Choices are committed when chosen; several references are picked in a
 * dialog.
 */
public final class FeatureFields {

    private static final String NOT_SET = "(not set)";

    private final PlanPage page;

    private final OwnerPath target;

    private final Section section;

    private final Composite client;

    private final FormToolkit toolkit;

    private final List<Field> fields = new ArrayList<>();

    public FeatureFields(PlanPage page, Composite parent, FormToolkit toolkit, String title,
            Supplier<? extends EObject> root, EReference... path) {
        this.page = page;
        this.toolkit = toolkit;
        this.target = new OwnerPath(root, List.of(path));
        section = toolkit.createSection(parent, Section.TITLE_BAR);
        section.setText(title);
        client = toolkit.createComposite(section);
        client.setLayout(new GridLayout(2, false));
        section.setClient(client);
        toolkit.paintBordersFor(client);
        page.track(this);
    }

    public Section section() {
        return section;
    }

    /** Adds a field for {@code feature}, the kind of control following the feature's type. */
    public FeatureFields field(EStructuralFeature feature) {
        Label label = toolkit.createLabel(client, Vocabulary.feature(feature) + ":");
        label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        if (feature.isMany() && feature instanceof EReference) {
            fields.add(new ReferencesField(feature));
        } else if (feature instanceof EReference || feature.getEType() instanceof EEnum
                || feature.getEType().getInstanceClass() == boolean.class) {
            fields.add(new ChoiceField(feature));
        } else {
            fields.add(new TextField((EAttribute) feature, false));
        }
        return this;
    }

    /** Adds a field of several lines, for descriptions. */
    public FeatureFields longText(EAttribute feature) {
        Label label = toolkit.createLabel(client, Vocabulary.feature(feature) + ":");
        label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        fields.add(new TextField(feature, true));
        return this;
    }

    /** Shows the element's values, except in a field being typed into. */
    public void refresh() {
        EObject element = target.resolve();
        fields.forEach(field -> field.show(element));
    }

    /** Commits what is being typed into a field, if it reads as a value. */
    void commit() {
        fields.forEach(Field::commit);
    }

    /** The text field of {@code feature}, for tests and for the page that puts the focus there. */
    public Text text(EStructuralFeature feature) {
        return fields.stream().filter(f -> f.feature == feature && f instanceof TextField).map(f -> ((TextField) f).text)
                .findFirst().orElseThrow();
    }

    /** Sets the value through the command stack, making the element (and what leads to it) when it is missing. */
    private void set(EStructuralFeature feature, Object value) {
        EObject element = target.resolve();
        if (element == null && !target.reachable()) {
            return;
        }
        Object current = element == null ? null : element.eGet(feature);
        if (Objects.equals(current, value)) {
            page.refuse(null);
            return;
        }
        String refusal = element == null ? null : ValueChecks.refusal(element, feature, value);
        if (refusal != null) {
            page.refuse(refusal);
            return;
        }
        page.refuse(null);
        AdapterFactoryEditingDomain domain = page.planEditor().domain();
        String label = (value == null ? "Clear " : "Set ") + Vocabulary.feature(feature);
        CompoundCommand command = new CompoundCommand(label);
        EObject owner = target.ensure(domain, command);
        command.append(SetCommand.create(domain, owner, feature, value));
        domain.getCommandStack().execute(command.unwrap());
    }

    /** One labelled control. */
    private abstract class Field {

        final EStructuralFeature feature;

        Field(EStructuralFeature feature) {
            this.feature = feature;
        }

        abstract void show(EObject element);

        void commit() {
            // Choices are committed as they are made.
        }

        void layout(Control control) {
            control.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        }
    }

    private final class TextField extends Field {

        final Text text;

        final ControlDecoration mark;

        boolean typed;

        TextField(EAttribute attribute, boolean multiLine) {
            super(attribute);
            text = toolkit.createText(client, "", multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
            GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
            data.widthHint = 320;
            if (multiLine) {
                data.heightHint = 60;
            }
            text.setLayoutData(data);
            mark = new ControlDecoration(text, SWT.LEFT | SWT.TOP);
            mark.setImage(FieldDecorationRegistry.getDefault()
                    .getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
            mark.hide();
            text.addListener(SWT.Modify, event -> typed = true);
            text.addListener(SWT.FocusOut, event -> commit());
            text.addListener(SWT.DefaultSelection, event -> commit());
            text.addListener(SWT.Traverse, event -> {
                if (event.detail == SWT.TRAVERSE_ESCAPE) {
                    typed = false;
                    mark.hide();
                    page.refuse(null);
                    show(target.resolve());
                }
            });
        }

        @Override
        void show(EObject element) {
            if (typed && text.isFocusControl()) {
                return;
            }
            Object value = element == null ? null : element.eGet(feature);
            String shown = value instanceof String string ? string : ValueWords.of(value);
            if (!shown.equals(text.getText())) {
                text.setText(shown);
            }
            typed = false;
            text.setEnabled(target.reachable());
        }

        @Override
        void commit() {
            if (!typed || text.isDisposed()) {
                return;
            }
            ValueParser.Parsed parsed = ValueParser.parse((EAttribute) feature, text.getText());
            if (!parsed.ok()) {
                mark.setDescriptionText(parsed.error());
                mark.show();
                page.refuse(parsed.error());
                return;
            }
            mark.hide();
            typed = false;
            set(feature, parsed.value());
        }
    }

    private final class ChoiceField extends Field {

        final ComboViewer combo;

        boolean showing;

        ChoiceField(EStructuralFeature feature) {
            super(feature);
            combo = new ComboViewer(client, SWT.READ_ONLY | SWT.DROP_DOWN);
            toolkit.adapt(combo.getCombo());
            layout(combo.getControl());
            combo.setContentProvider(ArrayContentProvider.getInstance());
            combo.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    return element == NOT_SET ? NOT_SET : ValueWords.of(element);
                }
            });
            combo.addSelectionChangedListener(event -> {
                if (!showing) {
                    Object chosen = combo.getStructuredSelection().getFirstElement();
                    set(feature, chosen == NOT_SET ? null : chosen);
                }
            });
        }

        @Override
        void show(EObject element) {
            showing = true;
            try {
                List<Object> choices = new ArrayList<>();
                if (feature.getEType().getInstanceClass() == boolean.class) {
                    choices.addAll(List.of(Boolean.TRUE, Boolean.FALSE));
                } else {
                    choices.add(NOT_SET);
                    if (element != null) {
                        IItemPropertyDescriptor descriptor = page.context().descriptor(element, feature);
                        descriptor.getChoiceOfValues(element).stream().filter(c -> c != null && !choices.contains(c))
                                .forEach(choices::add);
                    }
                }
                combo.setInput(choices);
                Object value = element == null ? null : element.eGet(feature);
                combo.setSelection(new StructuredSelection(value == null ? NOT_SET : value));
                combo.getControl().setEnabled(element != null);
            } finally {
                showing = false;
            }
        }
    }

    private final class ReferencesField extends Field {

        final Label shown;

        ReferencesField(EStructuralFeature feature) {
            super(feature);
            Composite row = toolkit.createComposite(client);
            row.setLayout(new GridLayout(2, false));
            layout(row);
            shown = toolkit.createLabel(row, "", SWT.WRAP);
            shown.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Button choose = toolkit.createButton(row, "Choose…", SWT.PUSH);
            choose.addListener(SWT.Selection, event -> choose());
        }

        private void choose() {
            EObject element = target.resolve();
            if (element == null) {
                return;
            }
            IItemPropertyDescriptor descriptor = page.context().descriptor(element, feature);
            ReferencesDialog dialog = new ReferencesDialog(shown.getShell(), element, feature,
                    descriptor.getChoiceOfValues(element).stream().filter(c -> c != null && c != element).toList(),
                    (Collection<?>) element.eGet(feature));
            if (dialog.open() == ReferencesDialog.OK) {
                set(feature, dialog.chosen());
            }
        }

        @Override
        void show(EObject element) {
            String text = element == null ? "" : ValueWords.of(element.eGet(feature));
            shown.setText(text.isEmpty() ? "None" : text);
        }
    }
}
