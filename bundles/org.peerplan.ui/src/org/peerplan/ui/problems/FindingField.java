package org.peerplan.ui.problems;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.views.markers.MarkerField;
import org.eclipse.ui.views.markers.MarkerItem;

/**
 * A column of the findings view that shows one attribute of a finding's marker: the element, the rule or its source.
 * Which one is given in plugin.xml after the class name ({@code FindingField:rule}).
 */
public final class FindingField extends MarkerField implements IExecutableExtension {

    private String attribute = FindingMarkers.RULE;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        if (data instanceof String name && !name.isBlank()) {
            attribute = name;
        }
    }

    @Override
    public String getValue(MarkerItem item) {
        return item.getMarker() == null ? "" : item.getMarker().getAttribute(attribute, "");
    }
}
