package org.peerplan.ui.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** A test of the workbench: a folder of its own for plan files, and no editor left open for the next test. */
abstract class WorkbenchTest {

    @TempDir
    Path folder;

    @AfterEach
    void closeEditors() {
        Workbench.closeAll();
    }
}
