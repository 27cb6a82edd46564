package org.peerplan.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.peerplan.core.compare.Change;
import org.peerplan.core.compare.ChangeArea;
import org.peerplan.core.compare.PlanComparison;
import org.peerplan.core.plan.Labels;
import org.peerplan.model.ImplementationPlan;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code peerplan compare}: what moved between the plan a board last saw and the plan today. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Lists what changed between two versions of a plan, element by element (a renamed task is the"
                + " same task): the first peer's start, tasks added, removed, moved (in working days) or done, actions"
                + " done or overdue, findings resolved or new, the readiness band, the budget per year, the peer"
                + " roles.")
final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version, such as the last board pack's.")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later version.")
    Path newer;

    @Option(names = "--json", description = "Write the changes as JSON (schema in the README) on standard output.")
    boolean json;

    @Mixin
    AsOfOption asOf;

    @Override
    public Integer call() throws IOException {
        ImplementationPlan before = PlanInput.load(older);
        ImplementationPlan now = PlanInput.load(newer);
        List<Change> changes = PlanComparison.between(before, now, asOf.day());
        if (json) {
            System.out.print(Json.write(changes.stream().map(c -> Json.object("area", c.area().name(), "kind",
                    c.kind().name(), "id", c.id(), "text", c.text(), "workingDays", c.workingDays())).toList()));
            return 0;
        }
        System.out.printf("%s: %s to %s, %s%n", now.getAgency().getName(), older, newer,
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
}
