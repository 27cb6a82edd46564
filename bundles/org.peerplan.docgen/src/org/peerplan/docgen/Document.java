package org.peerplan.docgen;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The documents PeerPlan generates (DOMAIN §10), each a section the board pack also contains. */
public enum Document {
    BOARD_PACK("board-pack", "Board pack", "board-pack"),
    D1("d01", "Readiness and timeline assessment", "d01-readiness-and-timeline"),
    D4("d04", "Policy review report", "d04-policy-review"),
    D5("d05", "Root cause analysis and action plan", "d05-root-cause-analysis"),
    D9("d09", "Implementation timeline", "d09-timeline"),
    D10("d10", "Staff readiness and training plan with budget", "d10-training-budget"),
    D11("d11", "Peer role charter", "d11-role-charter"),
    D12("d12", "Job description and announcement", "d12-job-description"),
    D21("d21", "Validation report", "d21-validation-report");

    private final String id;

    private final String title;

    private final String fileName;

    Document(String id, String title, String fileName) {
        this.id = id;
        this.title = title;
        this.fileName = fileName;
    }

    /** The short name users pass on the command line and the section template's name: {@code d01}. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The output file's name without extension. */
    public String fileName() {
        return fileName;
    }

    public static Optional<Document> byId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }
}
