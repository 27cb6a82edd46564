package org.peerplan.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.plan.LargePlanGenerator;
import org.peerplan.core.schedule.Scheduler;
import org.peerplan.core.validation.PlanChecker;
import org.peerplan.core.validation.RuleRegistry;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.diagram.plan.PlanDiagrams;
import org.peerplan.diagram.render.SvgWriter;
import org.peerplan.model.ImplementationPlan;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code peerplan benchmark}: times saving, loading, scheduling, validating and drawing every diagram (laid out and
 * written as SVG) of generated plans of growing size, and prints the figures. A developer's tool: it measures, it asserts nothing.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Times save, load, schedule, validate and diagrams on generated plans (developers' benchmark).")
final class BenchmarkCommand implements Callable<Integer> {

    @Option(names = "--tasks", split = ",", defaultValue = "1000,10000",
            description = "Plan sizes in tasks (default: ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(names = "--runs", defaultValue = "5", description = "Measured runs per size, after one warm-up run.")
    int runs;

    @Override
    public Integer call() throws IOException {
        Path folder = Files.createTempDirectory("peerplan-benchmark");
        System.out.printf("%8s %10s %12s %12s %12s %12s %12s%n", "tasks", "file (KB)", "save (ms)", "load (ms)",
                "schedule (ms)", "validate (ms)", "diagrams (ms)");
        for (int size : sizes) {
            ImplementationPlan plan = new LargePlanGenerator(ToolkitCatalog.in(PlanStore.newResourceSet()))
                    .generate(size, 42);
            Path file = folder.resolve("plan-" + size + ".peerplan");
            List<double[]> samples = new ArrayList<>();
            for (int run = 0; run <= runs; run++) {
                double save = time(() -> new PlanStore().save(plan, file));
                ImplementationPlan[] loaded = new ImplementationPlan[1];
                double load = time(() -> loaded[0] = new PlanStore().load(file));
                double schedule = time(() -> new Scheduler().schedule(loaded[0].getTimeline()));
                double validate = time(() -> new PlanChecker(RuleRegistry.all(), LocalDate.of(2027, 6, 1))
                        .check(loaded[0]));
                double diagrams = time(() -> drawAll(loaded[0]));
                if (run > 0) {
                    samples.add(new double[] { save, load, schedule, validate, diagrams });
                }
            }
            System.out.printf("%8d %10d %12s %12s %12s %12s %12s%n", size, Files.size(file) / 1024,
                    median(samples, 0), median(samples, 1), median(samples, 2), median(samples, 3), median(samples, 4));
        }
        System.out.printf("Medians of %d runs after one warm-up; JVM %s, %d processors.%n", runs,
                Runtime.version(), Runtime.getRuntime().availableProcessors());
        return 0;
    }

    /** Every diagram of every kind, as the board pack draws them, written as SVG markup. */
    private static void drawAll(ImplementationPlan plan) throws IOException {
        DiagramInput input = DiagramInput.of(plan, LocalDate.of(2027, 6, 1));
        for (DiagramKind kind : DiagramKind.values()) {
            PlanDiagrams.build(kind, input).forEach(SvgWriter::markup);
        }
    }

    private interface Step {
        void run() throws IOException;
    }

    private static double time(Step step) throws IOException {
        long start = System.nanoTime();
        step.run();
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    private static String median(List<double[]> samples, int column) {
        double[] values = samples.stream().mapToDouble(s -> s[column]).sorted().toArray();
        return String.format("%.1f", values.length == 0 ? Double.NaN : values[values.length / 2]);
    }
}
