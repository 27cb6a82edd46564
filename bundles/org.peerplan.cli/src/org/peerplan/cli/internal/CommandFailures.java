package org.peerplan.cli.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a command that failed says, in one sentence, and the exit code it ends with: 2 for input it cannot use, 3 when
 * memory ran out, 1 for a fault of PeerPlan's own. No stack trace reaches the user, and no failure ends with 0.
 */
final class CommandFailures {

    static final int FAULT = 1;

    static final int OUT_OF_MEMORY = 3;

    private CommandFailures() {
    }

    static int exitCode(Throwable failure) {
        if (failure instanceof IOException) {
            return PeerPlanCommand.UNREADABLE;
        }
        return failure instanceof OutOfMemoryError ? OUT_OF_MEMORY : FAULT;
    }

    static String sentence(Throwable failure, String... arguments) {
        if (failure instanceof IOException) {
            return failure.getMessage();
        }
        if (failure instanceof OutOfMemoryError) {
            String plan = Arrays.stream(arguments).filter(a -> a.endsWith(".peerplan")).findFirst()
                    .map(file -> "the plan " + file).orElse("the plan");
            return String.format(Locale.ROOT, "%s needs more memory than the %,d MB PeerPlan may use; a plan this"
                    + " large is far beyond any agency's, so look for texts or lists that grew by mistake.", plan,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
        if (failure instanceof StackOverflowError) {
            return "the plan is nested too deeply to be worked through; look for elements inside elements without end.";
        }
        String detail = failure.getMessage() == null ? "" : ": " + failure.getMessage().lines().findFirst().orElse("");
        return "stopped by a fault in PeerPlan itself (" + failure.getClass().getSimpleName() + detail
                + "); please report it with the plan and the command that caused it.";
    }
}
