package org.peerplan.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.peerplan.core.compare.PlanStatus;
import org.peerplan.core.compare.StageStatus;
import org.peerplan.core.compare.StatusAtAGlance;
import org.peerplan.core.plan.Labels;
import org.peerplan.model.Baseline;
import org.peerplan.model.ImplementationPlan;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code peerplan status}: on track, at risk or late, the plan and each stage, by the README's rules. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows the status at a glance: the plan and each stage on track, at risk, late or done, with"
                + " the forecast finish against the current baseline (or the schedule itself when there is none)"
                + " and why. The rules are in the README under \"Status at a glance\".")
final class StatusCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file.")
    Path file;

    @Mixin
    BaselineOption baseline;

    @Option(names = "--json", description = "Write the status as JSON (schema in the README) on standard output.")
    boolean json;

    @Mixin
    AsOfOption asOf;

    @Override
    public Integer call() throws IOException {
        ImplementationPlan plan = PlanInput.load(file);
        Baseline against = baseline.of(plan, file).orElse(null);
        PlanStatus status = StatusAtAGlance.of(plan, against, asOf.day());
        if (json) {
            System.out.print(Json.write(Json.object("asOf", asOf.day(), "baseline", status.baseline(), "overall",
                    status.overall().name(), "stages", status.stages().stream().map(s -> Json.object("stage",
                            s.stage(), "status", s.progress().name(), "forecastFinish", s.forecastFinish(),
                            "plannedFinish", s.plannedFinish(), "slipWorkingDays", s.slipWorkingDays(), "reason",
                            s.reason())).toList())));
            return 0;
        }
        System.out.printf("%s on %s, against %s: %s %s%n%n", plan.getAgency().getName(), Labels.day(asOf.day()),
                against == null ? "its own schedule (no baseline set)" : "baseline '" + against.getName() + "' (set "
                        + Labels.day(against.getSetOn()) + ")", status.overall().shape(), status.overall().word());
        for (StageStatus stage : status.stages()) {
            System.out.printf("  %s %-9s %s%n              %s%n", stage.progress().shape(), stage.progress().word(),
                    stage.stage(), stage.reason());
        }
        return 0;
    }
}
