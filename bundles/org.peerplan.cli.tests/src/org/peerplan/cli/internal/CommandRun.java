package org.peerplan.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the command line in this process, keeping what it printed on standard output and standard error. */
final class CommandRun {

    private String out = "";

    private String err = "";

    /** The exit code of {@code peerplan arguments…}. */
    int run(String... arguments) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            return PeerPlanCommand.run(arguments);
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
            out = outBytes.toString(StandardCharsets.UTF_8);
            err = errBytes.toString(StandardCharsets.UTF_8);
        }
    }

    String out() {
        return out;
    }

    String err() {
        return err;
    }

    static Path example() {
        return Path.of(System.getProperty(PeerPlanCommand.HOME_PROPERTY)).resolve("examples/riverbend.peerplan");
    }
}
