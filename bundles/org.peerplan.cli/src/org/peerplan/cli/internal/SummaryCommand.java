package org.peerplan.cli.internal;

import java.io.IOException;
import java.util.concurrent.Callable;

import org.peerplan.content.ToolkitCatalog;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.catalog.Catalog;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code peerplan summary}: a one-screen overview of a plan, by default the shipped example. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Prints a one-screen overview of a plan: agency, horizon, readiness answers, timeline, policy"
                + " review, root-cause analyses, actions, roles, training and risks.")
final class SummaryCommand implements Callable<Integer> {

    @Mixin
    PlanOrExample plan;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--json", description = "Write the summary as JSON (schema in the README) on standard output.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        ImplementationPlan loaded = PlanInput.load(plan.file());
        Catalog catalog = ToolkitCatalog.in(loaded.eResource().getResourceSet());
        System.out.print(json ? new SummaryJson(loaded, catalog, asOf.day()).write(plan.file().toString())
                : new PlanSummary(loaded, catalog, asOf.day()).text());
        return 0;
    }
}
