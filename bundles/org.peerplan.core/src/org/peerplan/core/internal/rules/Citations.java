package org.peerplan.core.internal.rules;

/** Source document codes used in rule citations: 001 WISE toolkit, 002 Transcom Q&A, 003 handbook, 004 webinar. */
final class Citations {

    static final String WISE = "001";

    static final String TRANSCOM = "002";

    static final String HANDBOOK = "003";

    static final String WEBINAR = "004";

    private Citations() {
    }

    /** {@code [003 § Step 3 of Implementation]}, the citation format of the domain catalog. */
    static String cite(String document, String section) {
        return "[" + document + " § " + section + "]";
    }
}
