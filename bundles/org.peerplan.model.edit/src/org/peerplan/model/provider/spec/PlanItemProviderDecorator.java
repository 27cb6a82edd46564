package org.peerplan.model.provider.spec;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemProviderDecorator;
import org.peerplan.model.provider.words.PlanWords;

/**
 * A generated item provider with the consultant's words: element labels from {@link PlanWords}, property descriptors
 * that name features and write values as the documents do, and commands named for what they change ("Set Duration
 * (days)", "Add task"), which is what Undo and Redo show.
 *
 * <p>EMF's composed factories hand decorators out as {@link Adapter}s, so this is one; it is attached to no notifier,
 * the generated provider it decorates is.</p>
 */
final class PlanItemProviderDecorator extends ItemProviderDecorator implements Adapter, IEditingDomainItemProvider,
        IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource {

    private List<IItemPropertyDescriptor> decorated;

    private List<IItemPropertyDescriptor> descriptors;

    PlanItemProviderDecorator(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    public String getText(Object object) {
        return object instanceof EObject element ? PlanWords.text(element) : super.getText(object);
    }

    /** The generated providers keep one list of descriptors for all objects of their class; so does this. */
    @Override
    public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
        List<IItemPropertyDescriptor> generated = super.getPropertyDescriptors(object);
        if (generated != decorated) {
            List<IItemPropertyDescriptor> wrapped = new ArrayList<>(generated.size());
            generated.forEach(descriptor -> wrapped.add(new PlanPropertyDescriptor(descriptor)));
            decorated = generated;
            descriptors = List.copyOf(wrapped);
        }
        return descriptors;
    }

    @Override
    public IItemPropertyDescriptor getPropertyDescriptor(Object object, Object propertyId) {
        for (IItemPropertyDescriptor descriptor : getPropertyDescriptors(object)) {
            if (propertyId.equals(descriptor.getId(object)) || propertyId.equals(descriptor.getFeature(object))) {
                return descriptor;
            }
        }
        return null;
    }

    @Override
    public Command createCommand(Object object, EditingDomain domain, Class<? extends Command> commandClass,
            CommandParameter parameter) {
        Command command = super.createCommand(object, domain, commandClass, parameter);
        String label = CommandWords.label(commandClass, parameter);
        return label == null || command == null || command == UnexecutableCommand.INSTANCE ? command
                : new CommandWrapper(label, label, command);
    }

    @Override
    public Notifier getTarget() {
        return null;
    }

    @Override
    public void setTarget(Notifier newTarget) {
        // Never attached: see the class comment.
    }

    /**
     * Notifications already reach this decorator's factory through the generated factories' parent; passing them on
     * from here as well would deliver each twice.
     */
    @Override
    public void notifyChanged(Notification notification) {
        // Deliberately nothing: see above.
    }
}
