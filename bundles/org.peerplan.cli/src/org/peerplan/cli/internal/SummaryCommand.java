package org.peerplan.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;


import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code peerplan summary}: a one-screen overview of a plan, by default the shipped example. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Prints a one-screen overview of a plan: agency, horizon, readiness answers, timeline, policy"
                + " review, root-cause analyses, actions, roles, training and risks.")
final class SummaryCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PLAN",
            description = "The .peerplan file (default: the shipped example, examples/riverbend.peerplan).")
    Path plan;

    @Override
    public Integer call() throws IOException {
        Path file = plan != null ? plan : PeerPlanCommand.shippedExample();
        System.out.print(new PlanSummary(PlanInput.load(file)).text());
        return 0;
    }
}
