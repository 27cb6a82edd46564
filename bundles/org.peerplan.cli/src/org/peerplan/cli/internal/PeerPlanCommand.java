package org.peerplan.cli.internal;

import java.nio.file.Path;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code peerplan} command. */
@Command(name = "peerplan", mixinStandardHelpOptions = true, version = "PeerPlan Workbench 0.1.0",
        description = "Plans the integration of peer support workers into an agency: checks a plan against the"
                + " toolkits' guidance and generates the documents its board reads.",
        subcommands = { GenerateCommand.class, ValidateCommand.class, DiagramCommand.class, NewCommand.class, SummaryCommand.class,
                BenchmarkCommand.class, CommandLine.HelpCommand.class })
public final class PeerPlanCommand {

    /** Exit code for input that cannot be used: a missing or unreadable file, a bad option. */
    static final int UNREADABLE = 2;

    /** The system property naming the installation's home, where the shipped examples live. */
    static final String HOME_PROPERTY = "peerplan.home";

    static int run(String... arguments) {
        CommandLine commandLine = new CommandLine(new PeerPlanCommand());
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("peerplan: " + CommandFailures.sentence(exception, arguments));
            return CommandFailures.exitCode(exception);
        });
        try {
            return commandLine.execute(arguments);
        } catch (VirtualMachineError exhausted) {
            // picocli hands errors on; once the command's work is unwound, its memory is free to say so.
            commandLine.getErr().println("peerplan: " + CommandFailures.sentence(exhausted, arguments));
            return CommandFailures.exitCode(exhausted);
        }
    }

    /** The example plan shipped in the installation's {@code examples/} folder. */
    static Path shippedExample() {
        return Path.of(System.getProperty(HOME_PROPERTY, ".")).resolve("examples/riverbend.peerplan");
    }
}
