package org.peerplan.core.persistence;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;

/**
 * Reads each value of a plan file through {@link PlanValueLimits}. EMF's loader turns what this throws into an
 * error with the file's line and column, which {@link LoadFailures} words.
 */
final class PlanXMIHelper extends XMIHelperImpl {

    PlanXMIHelper(XMLResource resource) {
        super(resource);
    }

    @Override
    public void setValue(EObject object, EStructuralFeature feature, Object value, int position) {
        if (!PlanValueLimits.isData(feature) || !(value instanceof String text)) {
            super.setValue(object, feature, value, position);
            return;
        }
        PlanValueLimits.checkText(feature, text);
        super.setValue(object, feature, value, position);
        Object stored = object.eGet(feature);
        if (stored instanceof List<?> values) {
            stored = values.isEmpty() ? null : values.get(values.size() - 1);
        }
        PlanValueLimits.checkValue(feature, stored);
    }
}
