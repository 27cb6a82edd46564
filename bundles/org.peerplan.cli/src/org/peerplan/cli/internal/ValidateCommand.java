package org.peerplan.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.peerplan.core.privacy.Redaction;
import org.peerplan.core.validation.PlanChecker;
import org.peerplan.core.validation.RuleRegistry;
import org.peerplan.core.validation.ValidationReport;
import org.peerplan.model.ImplementationPlan;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code peerplan validate}: loads plans and reports what is wrong with them. One plan gets the full report; several
 * (or a folder of them, a consultancy's portfolio) get a line each, the full reports with {@code --verbose}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks plans against the toolkits' rules and lists the findings by area, each with its source;"
                + " several plans, or a folder of them, get a line each. Exit code, the worst of the plans':"
                + " 0: no errors; 1: errors found; 2: a file could not be read.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PLAN", description = "The .peerplan files to check, or folders holding"
            + " them.")
    List<Path> plans;

    @Option(names = "--json", description = "Write the report as JSON (schema in the README) on standard output;"
            + " an array of reports for several plans.")
    boolean json;

    @Option(names = "--verbose", description = "With several plans, the full report of each, not a line.")
    boolean verbose;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--audience", paramLabel = "AUDIENCE", description = "Check the plan as board, leadership or"
            + " personnel may see it, for a report to hand on (default: the whole plan, for the consultant).")
    String audience;

    @Override
    public Integer call() throws IOException {
        if (plans.size() == 1 && !Files.isDirectory(plans.get(0))) {
            // One plan: its full report; a plan that cannot be read ends the command with its sentence.
            Checked checked = check(plans.get(0), PlanInput.load(plans.get(0)), true);
            System.out.print(checked.output());
            return checked.exitCode();
        }
        int worst = 0;
        List<Checked> checks = new ArrayList<>();
        for (Path file : files()) {
            Checked checked;
            try {
                checked = check(file, PlanInput.load(file), verbose || json);
            } catch (IOException unusable) {
                // In a portfolio one unreadable plan is one line; the others are still checked.
                String said = CommandFailures.sentence(unusable);
                checked = new Checked(file + ": not checked: " + said + "\n",
                        Json.object("plan", file.toString(), "unreadable", said), PeerPlanCommand.UNREADABLE);
            }
            worst = Math.max(worst, checked.exitCode());
            checks.add(checked);
        }
        System.out.print(json ? Json.write(checks.stream().map(Checked::json).toList())
                : String.join(verbose ? "\n" : "", checks.stream().map(Checked::text).toList()));
        return worst;
    }

    /** What checking one plan prints, as text or as a JSON object, and its exit code. */
    private record Checked(String text, Map<String, Object> json, int exitCode) {

        String output() {
            return json == null ? text : Json.write(json);
        }
    }

    private Checked check(Path file, ImplementationPlan plan, boolean fully) throws IOException {
        LocalDate day = asOf.day();
        ImplementationPlan loaded = audience == null ? plan
                : Redaction.of(plan, AudienceOption.parse("--audience", audience));
        ValidationReport report = new PlanChecker(RuleRegistry.all(), day).check(loaded);
        int exitCode = report.errors() > 0 ? 1 : 0;
        if (json) {
            return new Checked(null, ReportJson.of(file.toString(), day, report), exitCode);
        }
        return new Checked(fully ? ReportText.write(file.toString(), loaded, day, report)
                : ReportText.line(file.toString(), loaded, report), null, exitCode);
    }

    /** The plans named, a folder standing for the .peerplan files in it, in name order. */
    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path named : plans) {
            if (Files.isDirectory(named)) {
                try (Stream<Path> inside = Files.list(named)) {
                    inside.filter(p -> p.getFileName().toString().endsWith(".peerplan")).sorted().forEach(files::add);
                }
            } else {
                files.add(named);
            }
        }
        return files;
    }
}
