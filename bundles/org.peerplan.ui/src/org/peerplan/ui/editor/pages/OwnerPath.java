package org.peerplan.ui.editor.pages;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The way from an element a page knows (the plan, the chosen role) down single containments to the element that owns
 * what a widget edits: the plan's budget, a role's job description. A plan written by hand may lack a part; the first
 * change made there creates it, in the same command as the change.
 */
final class OwnerPath {

    private final Supplier<? extends EObject> root;

    private final List<EReference> path;

    OwnerPath(Supplier<? extends EObject> root, List<EReference> path) {
        this.root = root;
        this.path = List.copyOf(path);
    }

    /** The owner, or {@code null} when the root or a part on the way is missing. */
    EObject resolve() {
        EObject at = root.get();
        for (EReference step : path) {
            if (at == null) {
                return null;
            }
            at = (EObject) at.eGet(step);
        }
        return at;
    }

    /** Whether there is a root to start from (the parts below it can be made). */
    boolean reachable() {
        return root.get() != null;
    }

    /**
     * Adds to {@code command} what makes the missing parts on the way and returns the owner, existing or about to be
     * made by the command.
     */
    EObject ensure(EditingDomain domain, CompoundCommand command) {
        EObject at = root.get();
        for (EReference step : path) {
            EObject next = (EObject) at.eGet(step);
            if (next == null) {
                next = EcoreUtil.create(step.getEReferenceType());
                Command make = SetCommand.create(domain, at, step, next);
                command.append(make);
            }
            at = next;
        }
        return at;
    }
}
