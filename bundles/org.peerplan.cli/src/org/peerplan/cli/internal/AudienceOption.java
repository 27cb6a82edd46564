package org.peerplan.cli.internal;

import java.io.IOException;

import org.peerplan.core.privacy.Audience;

import picocli.CommandLine.Option;

/** {@code --audience}, who the output is for, shared by the commands whose output leaves the consultant's hands. */
final class AudienceOption {

    @Option(names = "--audience", paramLabel = "AUDIENCE", defaultValue = "board",
            description = "Who it is for: board (the default: nobody's lived experience without their consent, nobody"
                    + " who receives services, no health or evaluations), leadership (also who has lived"
                    + " experience; marked internal) or personnel (everything; marked confidential).")
    String audience;

    Audience audience() throws IOException {
        return parse("--audience", audience);
    }

    static Audience parse(String option, String value) throws IOException {
        return Audience.byId(value).orElseThrow(() -> new IOException(option + " takes board, leadership or personnel,"
                + " not '" + value + "'."));
    }
}
