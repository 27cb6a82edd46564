package org.peerplan.docgen;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.peerplan.core.privacy.Audience;

/** The documents PeerPlan generates (DOMAIN §10), each a section the board pack also contains. */
public enum Document {
    BOARD_PACK("board-pack", "Board pack", "board-pack", Audience.BOARD),
    D1("d01", "Readiness and timeline assessment", "d01-readiness-and-timeline", Audience.BOARD),
    D4("d04", "Policy review report", "d04-policy-review", Audience.BOARD),
    D5("d05", "Root cause analysis and action plan", "d05-root-cause-analysis", Audience.BOARD),
    D6("d06", "Psychosocial risk factor map", "d06-risk-factor-map", Audience.BOARD),
    D7("d07", "Recovery-orientation survey summary", "d07-recovery-orientation-survey", Audience.BOARD),
    D9("d09", "Implementation timeline", "d09-timeline", Audience.BOARD),
    D10("d10", "Staff readiness and training plan with budget", "d10-training-budget", Audience.BOARD),
    D11("d11", "Peer role charter", "d11-role-charter", Audience.BOARD),
    D12("d12", "Job description and announcement", "d12-job-description", Audience.BOARD),
    D20("d20", "Policy decision memo: hiring people who receive services", "d20-hiring-service-recipients",
            Audience.BOARD),
    D21("d21", "Validation report", "d21-validation-report", Audience.BOARD);

    private final String id;

    private final String title;

    private final String fileName;

    private final Audience audience;

    Document(String id, String title, String fileName, Audience audience) {
        this.id = id;
        this.title = title;
        this.fileName = fileName;
        this.audience = audience;
    }

    /** The short name users pass on the command line and the section template's name: {@code d01}. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** Who the document is for: it is generated only for that audience and those who may read more. */
    public Audience audience() {
        return audience;
    }

    /** The output file's name without extension. */
    public String fileName() {
        return fileName;
    }

    public static Optional<Document> byId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }
}
