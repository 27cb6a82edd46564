package org.peerplan.cli.internal;

import java.time.LocalDate;

import picocli.CommandLine.Option;

/** {@code --as-of DATE}, the day a command reports on, shared by the commands that measure against a date. */
final class AsOfOption {

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The day to report on: overdue tasks, the validation date (default: today).")
    LocalDate asOf;

    LocalDate day() {
        return asOf != null ? asOf : LocalDate.now();
    }
}
