package org.peerplan.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/** Every way a command can fail ends with a sentence and a code other than 0. */
class CommandFailuresTest {

    @Test
    void runningOutOfMemoryNamesThePlanAndTheLimit() {
        OutOfMemoryError failure = new OutOfMemoryError("Java heap space");
        String sentence = CommandFailures.sentence(failure, "generate", "big.peerplan", "--format", "pdf");
        assertTrue(sentence.startsWith("the plan big.peerplan needs more memory than the "), sentence);
        assertTrue(sentence.contains(" MB PeerPlan may use"), sentence);
        assertEquals(3, CommandFailures.exitCode(failure));
    }

    @Test
    void aFaultOfPeerPlansOwnIsOneLineAndNotZero() {
        IllegalStateException failure = new IllegalStateException("two lines\nof detail");
        String sentence = CommandFailures.sentence(failure, "validate");
        assertEquals("stopped by a fault in PeerPlan itself (IllegalStateException: two lines); please report it"
                + " with the plan and the command that caused it.", sentence);
        assertFalse(sentence.contains("\n"));
        assertEquals(1, CommandFailures.exitCode(failure));
    }

    @Test
    void unreadableInputKeepsItsOwnSentence() {
        IOException failure = new IOException("plan.peerplan is empty.");
        assertEquals("plan.peerplan is empty.", CommandFailures.sentence(failure));
        assertEquals(2, CommandFailures.exitCode(failure));
    }
}
