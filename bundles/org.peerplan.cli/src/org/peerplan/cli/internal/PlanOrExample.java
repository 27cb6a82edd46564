package org.peerplan.cli.internal;

import java.nio.file.Path;

import picocli.CommandLine.Parameters;

/** An optional PLAN parameter that falls back to the shipped example plan. */
final class PlanOrExample {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PLAN",
            description = "The .peerplan file (default: the shipped example, examples/riverbend.peerplan).")
    Path plan;

    Path file() {
        return plan != null ? plan : PeerPlanCommand.shippedExample();
    }
}
