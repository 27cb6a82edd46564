package org.peerplan.ui.jface;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.peerplan.model.provider.words.ValueParser;
import org.peerplan.model.provider.words.ValueWords;

/**
 * Cell editors for plan values, used by the grids of the editor's pages and by the Properties view alike. Each takes
 * and gives the feature's own value (a date, an amount, a person): text is read by {@link ValueParser}, which refuses
 * what is not a value with a sentence the editor shows; choices (enumerations, yes or no, one person) come in a list;
 * several references are picked in a dialog.
 */
public final class ValueCellEditors {

    /** Stands for "no value" in choice lists, which cannot hold {@code null}. */
    static final Object NOT_SET = new Object() {
        @Override
        public String toString() {
            return "(not set)";
        }
    };

    private ValueCellEditors() {
    }

    /** An editor for {@code descriptor}'s feature of {@code target}, or {@code null} when it cannot be changed. */
    public static CellEditor create(Composite parent, EObject target, IItemPropertyDescriptor descriptor) {
        if (!descriptor.canSetProperty(target)) {
            return null;
        }
        EStructuralFeature feature = (EStructuralFeature) descriptor.getFeature(target);
        if (feature.isMany() && feature instanceof EReference) {
            return new ReferencesCellEditor(parent, target, feature, descriptor.getChoiceOfValues(target));
        }
        if (feature instanceof EReference || feature.getEType() instanceof EEnum
                || feature.getEType().getInstanceClass() == boolean.class) {
            return choices(parent, descriptor.getChoiceOfValues(target), feature);
        }
        return feature instanceof EAttribute attribute && !feature.isMany() ? new ValueTextCellEditor(parent, attribute)
                : null;
    }

    private static CellEditor choices(Composite parent, Collection<?> offered, EStructuralFeature feature) {
        List<Object> choices = new ArrayList<>();
        if (feature.getEType().getInstanceClass() == boolean.class) {
            choices.add(Boolean.TRUE);
            choices.add(Boolean.FALSE);
        } else {
            if (!feature.isRequired() && feature instanceof EReference) {
                choices.add(NOT_SET);
            }
            offered.stream().map(choice -> choice == null ? NOT_SET : choice).filter(c -> !choices.contains(c))
                    .forEach(choices::add);
        }
        ComboBoxViewerCellEditor editor = new ComboBoxViewerCellEditor(parent, SWT.READ_ONLY) {
            @Override
            protected void doSetValue(Object value) {
                super.doSetValue(value == null ? NOT_SET : value);
            }

            @Override
            protected Object doGetValue() {
                Object value = super.doGetValue();
                return value == NOT_SET ? null : value;
            }
        };
        editor.setContentProvider(ArrayContentProvider.getInstance());
        editor.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element == NOT_SET ? NOT_SET.toString() : ValueWords.of(element);
            }
        });
        editor.setInput(choices);
        editor.setActivationStyle(ComboBoxViewerCellEditor.DROP_DOWN_ON_KEY_ACTIVATION
                | ComboBoxViewerCellEditor.DROP_DOWN_ON_PROGRAMMATIC_ACTIVATION);
        return editor;
    }

    /** Text typed for an attribute: shown as the documents write the value, read back by {@link ValueParser}. */
    static final class ValueTextCellEditor extends TextCellEditor {

        private final EAttribute attribute;

        ValueTextCellEditor(Composite parent, EAttribute attribute) {
            super(parent);
            this.attribute = attribute;
            setValidator(value -> value instanceof String text ? quoted(ValueParser.parse(attribute, text).error()) : null);
        }

        /** JFace passes a validator's message through MessageFormat, which would eat its quotes. */
        private static String quoted(String message) {
            return message == null ? null : message.replace("'", "''");
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(value instanceof String text ? text : ValueWords.of(value));
        }

        @Override
        protected Object doGetValue() {
            return ValueParser.parse(attribute, (String) super.doGetValue()).value();
        }
    }

    /** Several references, such as a task's dependencies, chosen in a {@link ReferencesDialog}. */
    static final class ReferencesCellEditor extends DialogCellEditor {

        private final EObject target;

        private final EStructuralFeature feature;

        private final Collection<?> choices;

        ReferencesCellEditor(Composite parent, EObject target, EStructuralFeature feature, Collection<?> choices) {
            super(parent);
            this.target = target;
            this.feature = feature;
            this.choices = choices;
        }

        @Override
        protected Object openDialogBox(Control cellEditorWindow) {
            ReferencesDialog dialog = new ReferencesDialog(cellEditorWindow.getShell(), target, feature,
                    choices.stream().filter(c -> c != null && c != target).toList(), (Collection<?>) getValue());
            return dialog.open() == ReferencesDialog.OK ? dialog.chosen() : null;
        }

        @Override
        protected void updateContents(Object value) {
            if (getDefaultLabel() != null) {
                getDefaultLabel().setText(ValueWords.of(value));
            }
        }
    }
}
