package org.peerplan.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;


import org.peerplan.content.ToolkitCatalog;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.catalog.Catalog;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code peerplan summary}: a one-screen overview of a plan, by default the shipped example. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Prints a one-screen overview of a plan: agency, horizon, readiness answers, timeline, policy"
                + " review, root-cause analyses, actions, roles, training and risks.")
final class SummaryCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PLAN",
            description = "The .peerplan file (default: the shipped example, examples/riverbend.peerplan).")
    Path plan;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The day to report overdue tasks on (default: today).")
    LocalDate asOf;

    @Override
    public Integer call() throws IOException {
        Path file = plan != null ? plan : PeerPlanCommand.shippedExample();
        ImplementationPlan loaded = PlanInput.load(file);
        Catalog catalog = ToolkitCatalog.in(loaded.eResource().getResourceSet());
        System.out.print(new PlanSummary(loaded, catalog, asOf != null ? asOf : LocalDate.now()).text());
        return 0;
    }
}
