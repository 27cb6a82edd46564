package org.peerplan.cli.internal;

import java.io.IOException;

/** How long a step takes, in milliseconds, for the benchmark. */
final class Timing {

    @FunctionalInterface
    interface Step {
        void run() throws IOException;
    }

    private Timing() {
    }

    static double of(Step step) throws IOException {
        long start = System.nanoTime();
        step.run();
        return (System.nanoTime() - start) / 1_000_000.0;
    }
}
