package org.peerplan.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A plan file, wherever it is on disk, as the input of a {@link PlanEditor}. Two inputs on one file are equal. */
public final class PlanEditorInput extends PlatformObject implements IPathEditorInput {

    private final Path file;

    private final RecoveryJournal.Entry recovery;

    public PlanEditorInput(Path file) {
        this(file, null);
    }

    /** The plan in {@code file}, opened with the unsaved changes a crash left in {@code recovery}. */
    public PlanEditorInput(Path file, RecoveryJournal.Entry recovery) {
        this.file = file.toAbsolutePath().normalize();
        this.recovery = recovery;
    }

    /** The recovery copy to open instead of the file's content, or {@code null}. */
    RecoveryJournal.Entry recovery() {
        return recovery;
    }

    public Path file() {
        return file;
    }

    @Override
    public IPath getPath() {
        return IPath.fromOSString(file.toString());
    }

    @Override
    public boolean exists() {
        return Files.exists(file);
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return file.getFileName().toString();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return file.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlanEditorInput input && input.file.equals(file);
    }

    @Override
    public int hashCode() {
        return file.hashCode();
    }
}
