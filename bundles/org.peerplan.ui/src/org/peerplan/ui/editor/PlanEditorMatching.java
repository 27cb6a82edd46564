package org.peerplan.ui.editor;

import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IEditorMatchingStrategy;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.PartInitException;

/**
 * One editor per plan file, however it is opened: from File › Open (a path) or from a finding (the workspace file
 * linked to the same path).
 */
public final class PlanEditorMatching implements IEditorMatchingStrategy {

    @Override
    public boolean matches(IEditorReference editor, IEditorInput input) {
        try {
            return editor.getEditorInput() instanceof IPathEditorInput open && input instanceof IPathEditorInput asked
                    && open.getPath().equals(asked.getPath());
        } catch (PartInitException e) {
            return false;
        }
    }
}
