package org.peerplan.ui.problems;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.handlers.PlanOpener;

/**
 * Quick Fix in the findings view's context menu: a finding's remedies ({@link Remedies}), applied in the plan's
 * editor, which opens on the element first.
 */
public final class FindingResolutions implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return marker.getAttribute(FindingMarkers.FIXES, 0) > 0
                || marker.getAttribute(FindingMarkers.RULE, "").matches("R\\d+");
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        PlanEditor editor = editorOf(marker);
        if (editor == null) {
            return new IMarkerResolution[0];
        }
        String fragment = marker.getAttribute(FindingMarkers.ELEMENT, null);
        EObject element = fragment == null ? null : editor.plan().eResource().getEObject(fragment);
        List<Remedies.Remedy> remedies = element == null ? List.of()
                : Remedies.of(editor, element, marker.getAttribute(FindingMarkers.RULE, null),
                        editor.getSite().getShell());
        return remedies.stream().map(FindingResolutions::resolution).toArray(IMarkerResolution[]::new);
    }

    private static IMarkerResolution resolution(Remedies.Remedy remedy) {
        return new IMarkerResolution2() {
            @Override
            public String getLabel() {
                return remedy.label();
            }

            @Override
            public String getDescription() {
                return remedy.description();
            }

            @Override
            public Image getImage() {
                return null;
            }

            @Override
            public void run(IMarker marker) {
                remedy.run().run();
            }
        };
    }

    /** The editor of the marker's plan, opened on the element when it is not open yet. */
    private static PlanEditor editorOf(IMarker marker) {
        if (marker.getResource().getLocation() == null) {
            return null;
        }
        Path file = marker.getResource().getLocation().toPath();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        for (IEditorReference reference : window.getActivePage().getEditorReferences()) {
            if (reference.getEditor(false) instanceof PlanEditor editor && editor.file().equals(file)) {
                return editor;
            }
        }
        PlanEditor opened = PlanOpener.open(window, file);
        if (opened != null) {
            GotoFinding.reveal(opened, marker);
        }
        return opened;
    }
}
