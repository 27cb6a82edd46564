package org.peerplan.ui.problems;

import org.eclipse.ui.views.markers.MarkerSupportView;

/**
 * The plan's findings in Eclipse's own problems view, with the columns a consultant needs beside the description:
 * the element, the rule and the source it cites. Double-click opens the element on its page; the context menu's
 * Quick Fix applies a finding's remedies.
 */
public final class FindingsView extends MarkerSupportView {

    public static final String ID = "org.peerplan.ui.findings";

    public FindingsView() {
        super("org.peerplan.ui.findingsGenerator");
    }
}
