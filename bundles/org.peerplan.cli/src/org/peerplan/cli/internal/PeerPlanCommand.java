package org.peerplan.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** The root {@code peerplan} command. */
@Command(name = "peerplan", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Plans the integration of peer support workers into an agency: checks a plan against the"
                + " toolkits' guidance and generates the documents its board reads.",
        subcommands = { GenerateCommand.class, ValidateCommand.class, DiagramCommand.class, NewCommand.class,
                SummaryCommand.class, BaselineCommand.class, CompareCommand.class, StatusCommand.class,
                ExportCommand.class, BenchmarkCommand.class, CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class })
public final class PeerPlanCommand {

    /** Exit code for input that cannot be used: a missing or unreadable file, a bad option. */
    static final int UNREADABLE = 2;

    /** The system property naming the installation's home, where the shipped examples live. */
    static final String HOME_PROPERTY = "peerplan.home";

    static int run(String... arguments) {
        CommandLine commandLine = new CommandLine(new PeerPlanCommand());
        commandLine.setParameterExceptionHandler(PeerPlanCommand::usageError);
        commandLine.setExecutionStrategy(parseResult -> {
            // picocli shows the main help when --help follows an unknown command: it is unknown all the same.
            if (!parseResult.unmatched().isEmpty()) {
                throw new UnmatchedArgumentException(commandLine, parseResult.unmatched());
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
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

    /**
     * A usage error (an unknown command or option, a missing or extra argument) in one line, with picocli's guess at
     * what was meant and where the help is; exit code 2.
     */
    private static int usageError(ParameterException error, String[] arguments) {
        PrintWriter err = error.getCommandLine().getErr();
        err.println("peerplan: " + error.getMessage().lines().findFirst().orElse("the command line is not understood")
                .replaceFirst("\\.$", "") + ".");
        if (error instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println("Did you mean: " + String.join(" or ", unmatched.getSuggestions().stream()
                    .map(s -> error.getCommandLine().getCommandSpec().qualifiedName() + " " + s).toList()) + "?");
        }
        err.println("See '" + error.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
        return UNREADABLE;
    }

    /** The example plan shipped in the installation's {@code examples/} folder. */
    static Path shippedExample() {
        return Path.of(System.getProperty(HOME_PROPERTY, ".")).resolve("examples/riverbend.peerplan");
    }
}
