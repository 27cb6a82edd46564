package org.peerplan.ui.editor.actions;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.StrictCompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CopyCommand;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.peerplan.model.provider.words.PlanWords;
import org.peerplan.model.provider.words.Vocabulary;

/**
 * The commands of the Edit menu for the elements selected, named as Undo will show them: delete, cut, copy, paste and
 * duplicate. A command that cannot apply to the selection is unexecutable, and its menu item disabled.
 */
public enum EditingCommands {

    DELETE("Delete") {
        @Override
        Command create(EditingDomain domain, List<?> elements) {
            return DeleteCommand.create(domain, elements);
        }
    },
    CUT("Cut") {
        @Override
        Command create(EditingDomain domain, List<?> elements) {
            return CutToClipboardCommand.create(domain, elements);
        }
    },
    COPY("Copy") {
        @Override
        Command create(EditingDomain domain, List<?> elements) {
            return CopyToClipboardCommand.create(domain, elements);
        }

        @Override
        boolean changesThePlan() {
            return false;
        }
    },
    PASTE("Paste") {
        @Override
        Command create(EditingDomain domain, List<?> elements) {
            return elements.size() == 1 ? PasteFromClipboardCommand.create(domain, elements.get(0), null)
                    : UnexecutableCommand.INSTANCE;
        }

        @Override
        String label(List<?> elements) {
            return "Paste";
        }
    },
    DUPLICATE("Duplicate") {
        @Override
        Command create(EditingDomain domain, List<?> elements) {
            EObject first = (EObject) elements.get(0);
            EObject owner = first.eContainer();
            if (owner == null || elements.stream().anyMatch(e -> ((EObject) e).eContainer() != owner
                    || ((EObject) e).eContainingFeature() != first.eContainingFeature())
                    || !first.eContainingFeature().isMany()) {
                return UnexecutableCommand.INSTANCE;
            }
            List<?> siblings = (List<?>) owner.eGet(first.eContainingFeature());
            int after = elements.stream().mapToInt(siblings::indexOf).max().orElse(siblings.size() - 1) + 1;
            Command copy = CopyCommand.create(domain, elements);
            CompoundCommand duplicate = new StrictCompoundCommand();
            duplicate.append(copy);
            duplicate.append(new CommandWrapper() {
                @Override
                protected Command createCommand() {
                    return AddCommand.create(domain, owner, first.eContainingFeature(), copy.getResult(), after);
                }
            });
            return duplicate;
        }
    };

    private final String verb;

    EditingCommands(String verb) {
        this.verb = verb;
    }

    /** The command for {@code elements}, which must all be plan elements. */
    abstract Command create(EditingDomain domain, List<?> elements);

    /** Whether the command goes on the command stack (copying only fills the clipboard). */
    boolean changesThePlan() {
        return true;
    }

    /** "Delete task 'Post the job'", "Copy 3 items". */
    String label(List<?> elements) {
        return verb + " " + (elements.size() == 1 && elements.get(0) instanceof EObject one
                ? Vocabulary.inSentence(Vocabulary.type(one.eClass())) + " '" + PlanWords.text(one) + "'"
                : elements.size() + " items");
    }

    /** The labelled command for {@code elements}, unexecutable when they are not all plan elements. */
    public Command on(EditingDomain domain, Collection<?> elements) {
        List<?> list = List.copyOf(elements);
        if (list.isEmpty() || list.stream().anyMatch(e -> !(e instanceof EObject object) || object.eContainer() == null
                && this != PASTE && this != COPY)) {
            return UnexecutableCommand.INSTANCE;
        }
        Command command = create(domain, list);
        String label = label(list);
        return command == UnexecutableCommand.INSTANCE ? command : new CommandWrapper(label, label, command);
    }
}
