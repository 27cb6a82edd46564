package org.peerplan.core.validation;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A mechanical remedy for a finding, as an undoable EMF command: the workbench offers it, and the command stack can
 * undo it.
 */
public interface QuickFix {

    /** What the fix does, as a menu item would say it ("Remove the duty 'Deliver medications'"). */
    String label();

    /** The command that applies the fix in {@code domain}; executing it makes the finding go away. */
    Command command(EditingDomain domain);
}
