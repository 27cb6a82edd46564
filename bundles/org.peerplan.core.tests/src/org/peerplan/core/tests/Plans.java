package org.peerplan.core.tests;

import java.nio.file.Path;

/** Where the tests find the shipped example plan. */
public final class Plans {

    private Plans() {
    }

    public static Path example() {
        return Path.of(System.getProperty("peerplan.home", "../..")).resolve("examples/riverbend.peerplan");
    }
}
