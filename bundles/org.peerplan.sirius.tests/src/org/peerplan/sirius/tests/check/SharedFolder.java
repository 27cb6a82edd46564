package org.peerplan.sirius.tests.check;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder {@code shared/} beside the repository (in CI, {@code <dir>/<clone>} and {@code <dir>/shared}), which
 * holds Sirius's metamodels and sample. The system property {@value #PROPERTY} names another folder.
 */
public final class SharedFolder {

    public static final String PROPERTY = "peerplan.shared";

    private SharedFolder() {
    }

    /** {@code shared/sirius}; fails, naming the folder it looked in, when the metamodels are not there. */
    public static Path sirius() {
        Path metamodels = shared().resolve("sirius").resolve("metamodel");
        if (!Files.isDirectory(metamodels)) {
            throw new IllegalStateException("Sirius's metamodels are not in " + metamodels
                    + ": the Sirius tests read them from shared/sirius beside the repository; set -D" + PROPERTY
                    + "=<folder holding sirius/> to read them from elsewhere.");
        }
        return metamodels.getParent();
    }

    private static Path shared() {
        String override = System.getProperty(PROPERTY);
        if (override != null) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        Path repository = Path.of(System.getProperty("peerplan.home", "../..")).toAbsolutePath().normalize();
        return repository.resolveSibling("shared");
    }
}
