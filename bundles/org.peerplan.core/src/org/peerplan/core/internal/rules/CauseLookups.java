package org.peerplan.core.internal.rules;


import org.peerplan.model.Cause;
import org.peerplan.model.RootCauseCategory;

/** Wording shared by the root-cause rules (R66–R72). */
final class CauseLookups {

    private CauseLookups() {
    }

    /** "processes and procedures", as the worksheet names its rows. */
    static String category(RootCauseCategory category) {
        return Wording.words(category);
    }

    /** "the cause 'Some clinicians fear…' (people)". */
    static String cause(Cause cause) {
        return "the cause '" + cause.getDescription() + "' (" + category(cause.getCategory()) + ")";
    }
}
