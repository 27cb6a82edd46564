package org.peerplan.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.plan.Labels;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.PlanChecker;
import org.peerplan.core.validation.Severity;
import org.peerplan.model.ImplementationPlan;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code peerplan validate}: loads a plan and reports what is wrong with it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a plan and lists its findings. Exit code 0: no errors; 1: errors found; 2: the file"
                + " could not be read.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLAN", description = "The .peerplan file to check.")
    Path plan;

    @Option(names = "--json", description = "Write the findings as JSON on standard output.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        ImplementationPlan loaded = new PlanStore().load(plan);
        List<Finding> findings = new PlanChecker().check(loaded);
        System.out.print(json ? FindingsJson.write(plan.toString(), findings) : text(findings));
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? 1 : 0;
    }

    private String text(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        for (Finding finding : findings) {
            out.append(String.format("%-7s %-9s %s%n", finding.severity(), finding.ruleId(), finding.message()));
            if (finding.element() != null) {
                out.append(String.format("%17s element: %s%n", "", Labels.of(finding.element())));
            }
        }
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        out.append(String.format("%s: %d error(s), %d other finding(s).%n", plan, errors, findings.size() - errors));
        return out.toString();
    }
}
