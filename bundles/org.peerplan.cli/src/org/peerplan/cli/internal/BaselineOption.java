package org.peerplan.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.peerplan.core.compare.Baselines;
import org.peerplan.model.Baseline;
import org.peerplan.model.ImplementationPlan;

import picocli.CommandLine.Option;

/** {@code --baseline NAME}, the baseline a command measures against, shared by the commands that measure progress. */
final class BaselineOption {

    @Option(names = "--baseline", paramLabel = "NAME", description = "The plan's baseline to measure against"
            + " (default: the current one).")
    String name;

    boolean given() {
        return name != null;
    }

    /** The baseline named, or else the current one; none when no name is given and none is current. */
    Optional<Baseline> of(ImplementationPlan plan, Path file) throws IOException {
        return name != null ? Optional.of(named(plan, file, name)) : Baselines.current(plan);
    }

    /** The baseline of {@code plan} called {@code name}, or a sentence saying how to find the names. */
    static Baseline named(ImplementationPlan plan, Path file, String name) throws IOException {
        return Baselines.named(plan, name).orElseThrow(() -> new IOException(file + " has no baseline called '" + name
                + "'; peerplan baseline " + file + " --list names them."));
    }
}
