package org.peerplan.model.provider.spec;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.peerplan.model.provider.words.ValueWords;
import org.peerplan.model.provider.words.Vocabulary;

/**
 * A generated property descriptor that names its feature in the consultant's words and writes values as the
 * documents do. Its value is the feature's value itself, not the wrapper EMF's Properties view support would make.
 */
final class PlanPropertyDescriptor implements IItemPropertyDescriptor {

    private final IItemPropertyDescriptor generated;

    PlanPropertyDescriptor(IItemPropertyDescriptor generated) {
        this.generated = generated;
    }

    private EStructuralFeature feature(Object object) {
        return (EStructuralFeature) generated.getFeature(object);
    }

    @Override
    public Object getPropertyValue(Object object) {
        return ((EObject) object).eGet(feature(object));
    }

    @Override
    public boolean isPropertySet(Object object) {
        return generated.isPropertySet(object);
    }

    @Override
    public boolean canSetProperty(Object object) {
        return generated.canSetProperty(object);
    }

    @Override
    public void resetPropertyValue(Object object) {
        generated.resetPropertyValue(object);
    }

    @Override
    public void setPropertyValue(Object object, Object value) {
        generated.setPropertyValue(object, value);
    }

    @Override
    public String getCategory(Object object) {
        return generated.getCategory(object);
    }

    @Override
    public String getDescription(Object object) {
        return getDisplayName(object);
    }

    @Override
    public String getDisplayName(Object object) {
        return Vocabulary.feature(feature(object));
    }

    @Override
    public String[] getFilterFlags(Object object) {
        return generated.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds(Object object) {
        return generated.getHelpContextIds(object);
    }

    @Override
    public String getId(Object object) {
        return generated.getId(object);
    }

    @Override
    public IItemLabelProvider getLabelProvider(Object object) {
        IItemLabelProvider images = generated.getLabelProvider(object);
        return new IItemLabelProvider() {
            @Override
            public String getText(Object value) {
                return ValueWords.of(value);
            }

            @Override
            public Object getImage(Object value) {
                return images.getImage(value);
            }
        };
    }

    @Override
    public boolean isCompatibleWith(Object object, Object anotherObject, IItemPropertyDescriptor anotherDescriptor) {
        return generated.isCompatibleWith(object, anotherObject, anotherDescriptor);
    }

    @Override
    public Object getFeature(Object object) {
        return generated.getFeature(object);
    }

    @Override
    public boolean isMany(Object object) {
        return generated.isMany(object);
    }

    @Override
    public Collection<?> getChoiceOfValues(Object object) {
        return generated.getChoiceOfValues(object);
    }

    @Override
    public boolean isMultiLine(Object object) {
        return generated.isMultiLine(object);
    }

    @Override
    public boolean isSortChoices(Object object) {
        return generated.isSortChoices(object);
    }
}
