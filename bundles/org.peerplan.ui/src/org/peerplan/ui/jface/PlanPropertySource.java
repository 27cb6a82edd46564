package org.peerplan.ui.jface;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.peerplan.model.provider.words.ValueWords;

/**
 * One plan element as the Properties view sees it. Changes become commands on the element's editing domain, so they
 * are undone like any other; values that would break the plan are refused ({@link ValueChecks}).
 */
final class PlanPropertySource implements IPropertySource {

    private final EObject element;

    private final IItemPropertySource source;

    PlanPropertySource(EObject element, IItemPropertySource source) {
        this.element = element;
        this.source = source;
    }

    @Override
    public Object getEditableValue() {
        return element;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return source.getPropertyDescriptors(element).stream().map(Descriptor::new)
                .toArray(IPropertyDescriptor[]::new);
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return source.getPropertyDescriptor(element, id);
    }

    @Override
    public Object getPropertyValue(Object id) {
        return descriptor(id).getPropertyValue(element);
    }

    @Override
    public boolean isPropertySet(Object id) {
        return descriptor(id).isPropertySet(element);
    }

    @Override
    public void resetPropertyValue(Object id) {
        descriptor(id).resetPropertyValue(element);
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        EStructuralFeature feature = (EStructuralFeature) descriptor(id).getFeature(element);
        EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(element);
        if (domain != null) {
            EditContext.apply(domain, element, feature, value);
        }
    }

    /** One property: its name, its value in words, and the cell editor the grids use for it too. */
    private final class Descriptor implements IPropertyDescriptor {

        private final IItemPropertyDescriptor descriptor;

        Descriptor(IItemPropertyDescriptor descriptor) {
            this.descriptor = descriptor;
        }

        @Override
        public CellEditor createPropertyEditor(Composite parent) {
            return ValueCellEditors.create(parent, element, descriptor);
        }

        @Override
        public String getCategory() {
            return descriptor.getCategory(element);
        }

        @Override
        public String getDescription() {
            return descriptor.getDescription(element);
        }

        @Override
        public String getDisplayName() {
            return descriptor.getDisplayName(element);
        }

        @Override
        public String[] getFilterFlags() {
            return descriptor.getFilterFlags(element);
        }

        @Override
        public Object getHelpContextIds() {
            return descriptor.getHelpContextIds(element);
        }

        @Override
        public Object getId() {
            return descriptor.getId(element);
        }

        @Override
        public ILabelProvider getLabelProvider() {
            return new LabelProvider() {
                @Override
                public String getText(Object value) {
                    return ValueWords.of(value);
                }
            };
        }

        @Override
        public boolean isCompatibleWith(IPropertyDescriptor another) {
            return false;
        }
    }
}
