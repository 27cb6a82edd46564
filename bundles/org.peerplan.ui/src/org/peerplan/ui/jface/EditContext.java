package org.peerplan.ui.jface;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/**
 * What a widget that edits a plan needs: the editing domain whose command stack takes every change, and a place to
 * say why a value was refused (the editor's message line).
 */
public record EditContext(AdapterFactoryEditingDomain domain, Refusals refusals) {

    /** Where refusals are shown; {@code null} clears what was shown. */
    @FunctionalInterface
    public interface Refusals {
        void show(String message);
    }

    /** The item provider's descriptor of {@code feature} of {@code target}, or {@code null}. */
    public IItemPropertyDescriptor descriptor(EObject target, EStructuralFeature feature) {
        IItemPropertySource source = (IItemPropertySource) domain.getAdapterFactory().adapt(target,
                IItemPropertySource.class);
        return source == null ? null : source.getPropertyDescriptor(target, feature);
    }

    /**
     * Sets {@code target}'s {@code feature} to {@code value} through the command stack, unless the value is refused
     * ({@link ValueChecks}), which the refusals show, or unchanged; returns whether the value was accepted.
     */
    public boolean set(EObject target, EStructuralFeature feature, Object value) {
        String refusal = apply(domain, target, feature, value);
        refusals.show(refusal);
        return refusal == null;
    }

    /** Sets the value as {@link #set} does, in any editing domain; returns the refusal, or {@code null}. */
    static String apply(EditingDomain domain, EObject target, EStructuralFeature feature, Object value) {
        String refusal = ValueChecks.refusal(target, feature, value);
        if (refusal == null && !Objects.equals(target.eGet(feature), value)) {
            domain.getCommandStack().execute(SetCommand.create(domain, target, feature, value));
        }
        return refusal;
    }
}
