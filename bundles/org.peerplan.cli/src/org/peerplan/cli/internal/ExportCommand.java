package org.peerplan.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.privacy.Audience;
import org.peerplan.core.privacy.Redaction;
import org.peerplan.model.ImplementationPlan;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code peerplan export --redacted}: a copy of a plan to hand on, without its personal data. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a copy of a plan without its personal data, to share with another consultant or attach"
                + " to a bug report: people with lived experience (unless they agreed to be named) and people who"
                + " receive services are named by position, health and evaluations are withheld.")
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLAN", description = "The .peerplan file to export.")
    Path plan;

    @Option(names = "--redacted", required = true,
            description = "Leave the personal data out. Required: a full copy is the plan file itself.")
    boolean redacted;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .peerplan file to write.")
    Path out;

    @Option(names = "--force", description = "Overwrite the file if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(out) && !force) {
            throw new IOException(out + " already exists; choose another --out or add --force.");
        }
        if (out.toAbsolutePath().normalize().equals(plan.toAbsolutePath().normalize())) {
            throw new IOException("--out must not be the plan itself: the export would replace it.");
        }
        ImplementationPlan copy = Redaction.of(PlanInput.load(plan), Audience.BOARD);
        new PlanStore().save(copy, out);
        System.out.printf("Wrote %s: a copy of %s without its personal data.%n", out, plan);
        return 0;
    }
}
