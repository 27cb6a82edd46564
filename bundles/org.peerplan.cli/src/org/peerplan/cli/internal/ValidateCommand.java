package org.peerplan.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.peerplan.core.validation.PlanChecker;
import org.peerplan.core.validation.RuleRegistry;
import org.peerplan.core.validation.ValidationReport;
import org.peerplan.model.ImplementationPlan;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code peerplan validate}: loads a plan and reports what is wrong with it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a plan against the toolkits' rules and lists the findings by area, each with its source."
                + " Exit code 0: no errors; 1: errors found; 2: the file could not be read.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLAN", description = "The .peerplan file to check.")
    Path plan;

    @Option(names = "--json", description = "Write the report as JSON (schema in the README) on standard output.")
    boolean json;

    @Mixin
    AsOfOption asOf;

    @Override
    public Integer call() throws IOException {
        ImplementationPlan loaded = PlanInput.load(plan);
        LocalDate day = asOf.day();
        ValidationReport report = new PlanChecker(RuleRegistry.all(), day).check(loaded);
        System.out.print(json ? ReportJson.write(plan.toString(), day, report)
                : ReportText.write(plan.toString(), loaded, day, report));
        return report.errors() > 0 ? 1 : 0;
    }
}
