package org.peerplan.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * written as SVG) of generated plans of growing size, then the board pack's steps (views, HTML, PDF, DOCX), and prints
 * how close the main steps are to the least they could cost ({@link BenchmarkRatios}). A developer's tool: it
 * measures, it asserts nothing.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Times save, load, schedule, validate, diagrams and the board pack on generated plans, and prints"
                + " ratios to the least each could cost (developers' benchmark).")
final class BenchmarkCommand implements Callable<Integer> {

    private static final LocalDate AS_OF = LocalDate.of(2027, 6, 1);

    @Option(names = "--tasks", split = ",", defaultValue = "1000,10000",
            description = "Plan sizes in tasks (default: ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(names = "--runs", defaultValue = "5", description = "Measured runs per size, after one warm-up run.")
    int runs;

    @Option(names = "--no-documents", description = "Leave out the board pack's timings and the ratios.")
    boolean noDocuments;

    @Override
    public Integer call() throws IOException {
        long started = System.currentTimeMillis();
        Path folder = Files.createTempDirectory("peerplan-benchmark");
        List<double[]> documents = new ArrayList<>();
        ImplementationPlan first = null;
        System.out.printf("%8s %10s %12s %12s %12s %12s %12s%n", "tasks", "file (KB)", "save (ms)", "load (ms)",
                "schedule (ms)", "validate (ms)", "diagrams (ms)");
        for (int size : sizes) {
            ImplementationPlan plan = new LargePlanGenerator(ToolkitCatalog.in(PlanStore.newResourceSet()))
                    .generate(size, 42);
            Path file = folder.resolve("plan-" + size + ".peerplan");
            List<double[]> samples = new ArrayList<>();
            for (int run = 0; run <= runs; run++) {
                double save = Timing.of(() -> new PlanStore().save(plan, file));
                ImplementationPlan[] loaded = new ImplementationPlan[1];
                double load = Timing.of(() -> loaded[0] = new PlanStore().load(file));
                double schedule = Timing.of(() -> new Scheduler().schedule(loaded[0].getTimeline()));
                double validate = Timing.of(() -> new PlanChecker(RuleRegistry.all(), AS_OF)
                        .check(loaded[0]));
                double diagrams = Timing.of(() -> drawAll(loaded[0]));
                if (run > 0) {
                    samples.add(new double[] { save, load, schedule, validate, diagrams });
                }
            }
            System.out.printf("%8d %10d %12s %12s %12s %12s %12s%n", size, Files.size(file) / 1024,
                    median(samples, 0), median(samples, 1), median(samples, 2), median(samples, 3), median(samples, 4));
            if (!noDocuments) {
                documents.add(documents(plan, size));
                first = first == null ? plan : first;
            }
        }
        System.out.printf("Medians of %d runs after one warm-up; JVM %s, %d processors.%n", runs,
                Runtime.version(), Runtime.getRuntime().availableProcessors());
        if (!noDocuments) {
            System.out.printf("%nThe board pack, medians of %d runs after one warm-up:%n", runs);
            System.out.printf("%8s %12s %12s %12s %12s%n", "tasks", "views (ms)", "html (ms)", "pdf (ms)", "docx (ms)");
            for (double[] row : documents) {
                System.out.printf("%8.0f %12.1f %12.1f %12.1f %12.1f%n", row[0], row[1], row[2], row[3], row[4]);
            }
            BenchmarkRatios.print(first, AS_OF, started);
        }
        return 0;
    }

    /** The size, then the median of each step of {@link DocumentTimings}. */
    private double[] documents(ImplementationPlan plan, int size) throws IOException {
        List<double[]> samples = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            double[] steps = DocumentTimings.of(plan, AS_OF);
            if (run > 0) {
                samples.add(steps);
            }
        }
        double[] row = new double[5];
        row[0] = size;
        for (int step = 0; step < 4; step++) {
            row[step + 1] = Double.parseDouble(median(samples, step));
        }
        return row;
    }

    /** Every diagram of every kind, as the board pack draws them, written as SVG markup. */
    private static void drawAll(ImplementationPlan plan) throws IOException {
        DiagramInput input = DiagramInput.of(plan, AS_OF);
        for (DiagramKind kind : DiagramKind.values()) {
            PlanDiagrams.build(kind, input).forEach(SvgWriter::markup);
        }
    }

    private static String median(List<double[]> samples, int column) {
        double[] values = samples.stream().mapToDouble(s -> s[column]).sorted().toArray();
        return String.format(Locale.ROOT, "%.1f", values.length == 0 ? Double.NaN : values[values.length / 2]);
    }
}
