package org.peerplan.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.peerplan.core.compare.Baselines;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.plan.Labels;
import org.peerplan.model.Baseline;
import org.peerplan.model.ImplementationPlan;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code peerplan baseline}: keeps the plan as a board approved it, to measure progress against. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Sets a baseline in the plan file: each task's planned start, finish and duration, the first"
                + " peer's start, the budget per year and the open findings, under a name; the new baseline becomes"
                + " the current one, which compare, status and generate measure against. Or lists the baselines,"
                + " or makes another one current.")
final class BaselineCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file; it is saved in place (the previous"
            + " version kept as .bak).")
    Path file;

    @ArgGroup(multiplicity = "1")
    What what;

    static final class What {

        @Option(names = "--name", paramLabel = "NAME", description = "Set a new baseline called NAME, such as"
                + " \"Board approval, May 2027\".")
        String name;

        @Option(names = "--list", description = "List the plan's baselines, the current one marked.")
        boolean list;

        @Option(names = "--use", paramLabel = "NAME", description = "Make the baseline called NAME the current one.")
        String use;
    }

    @Option(names = "--on", paramLabel = "DATE", description = "The day the baseline is set, its findings checked"
            + " that day (default: today).")
    LocalDate on;

    @Override
    public Integer call() throws IOException {
        ImplementationPlan plan = PlanInput.load(file);
        if (what.list) {
            list(plan);
            return 0;
        }
        if (what.use != null) {
            Baseline chosen = BaselineOption.named(plan, file, what.use);
            plan.setCurrentBaseline(chosen);
            new PlanStore().save(plan, file);
            System.out.printf("'%s' (set %s) is now the current baseline of %s.%n", chosen.getName(),
                    Labels.day(chosen.getSetOn()), file);
            return 0;
        }
        if (what.name.isBlank()) {
            throw new IOException("--name needs the baseline's name, such as \"Board approval, May 2027\".");
        }
        Baseline baseline = Baselines.of(plan, what.name.strip(), on != null ? on : LocalDate.now());
        plan.getBaselines().add(baseline);
        plan.setCurrentBaseline(baseline);
        new PlanStore().save(plan, file);
        System.out.printf("Set baseline '%s' in %s on %s: %s, %s, %s; it is the current baseline.%n",
                baseline.getName(), file, Labels.day(baseline.getSetOn()),
                Labels.count(baseline.getTasks().size(), "task", "tasks"),
                Labels.count(baseline.getBudgetYears().size(), "budget year", "budget years"),
                Labels.count(baseline.getOpenFindings().size(), "open finding", "open findings"));
        return 0;
    }

    private void list(ImplementationPlan plan) {
        if (plan.getBaselines().isEmpty()) {
            System.out.printf("%s has no baselines; peerplan baseline %s --name NAME sets one.%n", file, file);
            return;
        }
        Baseline current = Baselines.current(plan).orElse(null);
        for (Baseline baseline : plan.getBaselines()) {
            System.out.printf("%s %-40s set %s, %s%n", baseline == current ? "*" : " ", baseline.getName(),
                    Labels.day(baseline.getSetOn()), Labels.count(baseline.getTasks().size(), "task", "tasks"));
        }
    }
}
