package org.peerplan.ui.problems;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.peerplan.ui.editor.PathKey;

/**
 * Plan files as workspace files, so that markers can be put on them: a plan anywhere on disk is linked into a project
 * of the workbench's own ({@value #PROJECT}), in a folder named after its path, under its own name. The links are
 * bookkeeping; the plan file itself stays where it is.
 */
public final class PlanFiles {

    /** The project that holds the links; its name starts with a dot, as workbench bookkeeping does. */
    public static final String PROJECT = ".peerplan-plans";

    private PlanFiles() {
    }

    /** The workspace file linked to {@code plan}, made when it does not exist yet. */
    public static IFile of(Path plan) throws CoreException {
        Path location = plan.toAbsolutePath().normalize();
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!project.exists()) {
            project.create(null);
        }
        if (!project.isOpen()) {
            project.open(null);
        }
        IFolder folder = project.getFolder(PathKey.of(location));
        if (!folder.exists()) {
            folder.create(IResource.FORCE, true, null);
        }
        IFile file = folder.getFile(location.getFileName().toString());
        IPath target = IPath.fromOSString(location.toString());
        if (!file.exists() || !target.equals(file.getLocation())) {
            file.createLink(target, IResource.REPLACE | IResource.ALLOW_MISSING_LOCAL, null);
        }
        return file;
    }

    /** The workspace file linked to {@code plan}, or {@code null} when there is none yet. */
    public static IFile find(Path plan) {
        Path location = plan.toAbsolutePath().normalize();
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        IFile file = project.getFolder(PathKey.of(location)).getFile(location.getFileName().toString());
        return file.exists() ? file : null;
    }
}
