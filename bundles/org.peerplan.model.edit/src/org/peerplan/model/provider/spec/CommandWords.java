package org.peerplan.model.provider.spec;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.peerplan.model.provider.words.Vocabulary;

/** The names of the editing commands, as Undo and Redo show them: "Set Duration (working days)", "Add task". */
final class CommandWords {

    private CommandWords() {
    }

    /** The command's name, or {@code null} for commands whose own name serves. */
    static String label(Class<? extends Command> commandClass, CommandParameter parameter) {
        EStructuralFeature feature = parameter.getEStructuralFeature();
        if (commandClass == SetCommand.class && feature != null) {
            Object value = parameter.getValue();
            boolean clear = value == null || value instanceof Collection<?> values && values.isEmpty();
            return (clear ? "Clear " : "Set ") + Vocabulary.feature(feature);
        }
        if (commandClass == CreateChildCommand.class && parameter.getValue() instanceof CommandParameter child
                && child.getValue() instanceof EObject created) {
            return "Add " + Vocabulary.inSentence(Vocabulary.type(created.eClass()));
        }
        boolean contained = feature instanceof EReference reference && reference.isContainment();
        String what = contained ? Vocabulary.inSentence(typeOf(parameter)) : feature == null ? null : Vocabulary.feature(feature);
        if (what == null) {
            return null;
        }
        if (commandClass == AddCommand.class) {
            return contained ? "Add " + what : "Add to " + what;
        }
        if (commandClass == RemoveCommand.class) {
            return contained ? "Remove " + what : "Remove from " + what;
        }
        if (commandClass == MoveCommand.class) {
            return "Move " + (contained ? what : "in " + what);
        }
        return null;
    }

    private static String typeOf(CommandParameter parameter) {
        Collection<?> values = parameter.getCollection();
        Object first = values != null && !values.isEmpty() ? values.iterator().next() : parameter.getValue();
        return first instanceof EObject element ? Vocabulary.type(element.eClass()) : "item";
    }
}
