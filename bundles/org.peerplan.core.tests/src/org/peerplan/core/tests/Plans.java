package org.peerplan.core.tests;

import java.nio.file.Path;

/** Where the tests find the shipped example plan and the test data. */
public final class Plans {

    private Plans() {
    }

    public static Path example() {
        return home().resolve("examples/riverbend.peerplan");
    }

    /** The example with personal data in every feature the metamodel marks as personal. */
    public static Path withPersonalData() {
        return home().resolve("releng/testdata/personal-data.peerplan");
    }

    private static Path home() {
        return Path.of(System.getProperty("peerplan.home", "../.."));
    }
}
