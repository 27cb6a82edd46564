package org.peerplan.ui.jface;

import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.graphics.Image;
import org.peerplan.core.validation.Severity;

/** The marks of findings: the error, warning and note symbols Eclipse uses, alone or over an element's icon. */
public final class FindingImages {

    private FindingImages() {
    }

    /** The symbol of {@code severity}, or {@code null} for none. */
    public static Image symbol(Severity severity) {
        if (severity == null) {
            return null;
        }
        String id = switch (severity) {
            case ERROR -> FieldDecorationRegistry.DEC_ERROR;
            case WARNING -> FieldDecorationRegistry.DEC_WARNING;
            case INFO -> FieldDecorationRegistry.DEC_INFORMATION;
        };
        return FieldDecorationRegistry.getDefault().getFieldDecoration(id).getImage();
    }

    /** {@code base} with the symbol of {@code severity} in its lower left corner, made once by {@code images}. */
    static Image overlay(ResourceManager images, Image base, Severity severity) {
        Image symbol = symbol(severity);
        if (base == null || symbol == null) {
            return base != null ? base : symbol;
        }
        return images.create(new DecorationOverlayIcon(base, ImageDescriptor.createFromImage(symbol),
                IDecoration.BOTTOM_LEFT));
    }
}
