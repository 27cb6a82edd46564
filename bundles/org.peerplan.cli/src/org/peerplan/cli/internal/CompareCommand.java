package org.peerplan.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.peerplan.core.compare.Change;
import org.peerplan.core.compare.ChangeArea;
import org.peerplan.core.compare.PlanComparison;
import org.peerplan.core.plan.Labels;
import org.peerplan.model.Baseline;
import org.peerplan.model.ImplementationPlan;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code peerplan compare}: what moved between the plan a board last saw and the plan today. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Lists what changed between two versions of a plan, or in a plan since one of its baselines,"
                + " element by element (a renamed task is the same task): the first peer's start, tasks added,"
                + " removed, moved (in working days) or done, actions done or overdue, findings resolved or new, the"
                + " readiness band, the budget per year, the peer roles. A baseline keeps dates, budget and findings"
                + " only, so against one the causes, readiness and roles are not compared.")
final class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "1..2", paramLabel = "PLAN", description = "OLD NEW: the earlier version, such as the last"
            + " board pack's, and the later one; or one PLAN, compared with its baseline.")
    List<Path> plans;

    @Mixin
    BaselineOption baseline;

    @Option(names = "--json", description = "Write the changes as JSON (schema in the README) on standard output.")
    boolean json;

    @Mixin
    AsOfOption asOf;

    @Override
    public Integer call() throws IOException {
        ImplementationPlan now = PlanInput.load(plans.get(plans.size() - 1));
        List<Change> changes;
        String from;
        if (plans.size() == 2) {
            if (baseline.given()) {
                throw new IOException("--baseline compares one PLAN with its baseline; give one file, not two.");
            }
            changes = PlanComparison.between(PlanInput.load(plans.get(0)), now, asOf.day());
            from = plans.get(0) + " to " + plans.get(1);
        } else {
            Baseline against = baselineOf(now, plans.get(0));
            changes = PlanComparison.against(against, now, asOf.day());
            from = plans.get(0) + " since baseline '" + against.getName() + "' (set " + Labels.day(against.getSetOn())
                    + ")";
        }
        if (json) {
            System.out.print(Json.write(changes.stream().map(c -> Json.object("area", c.area().name(), "kind",
                    c.kind().name(), "id", c.id(), "text", c.text(), "workingDays", c.workingDays())).toList()));
            return 0;
        }
        System.out.printf("%s: %s, %s%n", now.getAgency().getName(), from,
                changes.isEmpty() ? "no changes" : Labels.count(changes.size(), "change", "changes"));
        for (ChangeArea area : ChangeArea.values()) {
            List<Change> inArea = changes.stream().filter(c -> c.area() == area).toList();
            if (!inArea.isEmpty()) {
                System.out.printf("%n%s%n", area.title());
                inArea.forEach(c -> System.out.printf("  %-9s %s%n", Labels.words(c.kind().name()), c.text()));
            }
        }
        return 0;
    }

    private Baseline baselineOf(ImplementationPlan plan, Path file) throws IOException {
        return baseline.of(plan, file).orElseThrow(() -> new IOException(file + " has no current baseline to compare"
                + " with; give an earlier version of the plan too, or set one with peerplan baseline " + file
                + " --name NAME."));
    }
}
