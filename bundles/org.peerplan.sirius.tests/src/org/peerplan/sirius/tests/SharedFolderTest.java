package org.peerplan.sirius.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerplan.sirius.tests.check.SharedFolder;

/** Where the tests look for Sirius's metamodels, and what they say when they are not there. */
class SharedFolderTest {

    @Test
    void withoutOverrideTheFolderIsBesideTheRepository() {
        Path repository = Path.of(System.getProperty("peerplan.home", "../..")).toAbsolutePath().normalize();
        assertEquals(repository.resolveSibling("shared").resolve("sirius"), with(null, SharedFolder::sirius));
    }

    @Test
    void aMissingFolderIsNamedInTheFailure(@TempDir Path empty) {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> with(empty.toString(), SharedFolder::sirius));
        assertTrue(failure.getMessage().contains(empty.resolve("sirius").resolve("metamodel").toString()),
                failure.getMessage());
    }

    /** Runs {@code action} with the override property set to {@code value} (or unset), then puts it back. */
    private static <T> T with(String value, Supplier<T> action) {
        String previous = System.getProperty(SharedFolder.PROPERTY);
        set(value);
        try {
            return action.get();
        } finally {
            set(previous);
        }
    }

    private static void set(String value) {
        if (value == null) {
            System.clearProperty(SharedFolder.PROPERTY);
        } else {
            System.setProperty(SharedFolder.PROPERTY, value);
        }
    }
}
