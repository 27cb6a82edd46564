package org.peerplan.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerplan.core.persistence.PlanLoadException;
import org.peerplan.core.persistence.PlanStore;

/**
 * Every unreadable file is refused with one sentence that says what is wrong, and hostile XML is never expanded. The
 * malformed inputs are files in {@code data/malformed}, with the words each must give in {@code expected.properties}.
 */
class PlanLoadingTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<peerplan:ImplementationPlan xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xmlns:peerplan=\"http://www.peerplan.org/peerplan/1.0\" name=\"Test plan\">\n";

    private static final String TAIL = "</peerplan:ImplementationPlan>\n";

    private static final Path MALFORMED = Path.of("data/malformed");

    private static final Properties EXPECTED = expected();

    @TempDir
    Path folder;

    private static Properties expected() {
        Properties expected = new Properties();
        try (Reader reader = Files.newBufferedReader(MALFORMED.resolve("expected.properties"))) {
            expected.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return expected;
    }

    /** The malformed inputs kept as test data, each named for what is wrong with it. */
    static Stream<Path> malformed() throws IOException {
        return Files.list(MALFORMED).filter(file -> file.toString().endsWith(".peerplan")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void unreadableFilesGiveOneSentence(Path input) throws IOException {
        String name = input.getFileName().toString().replaceFirst("\\.peerplan$", "");
        String expected = EXPECTED.getProperty(name);
        Path file = folder.resolve(input.getFileName());
        Files.copy(input, file);
        PlanLoadException failure = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(PlanLoadException.class, () -> new PlanStore().load(file)));
        assertTrue(expected != null, "expected.properties says what " + name + " gives: " + failure.getMessage());
        assertOneSentence(file, failure.getMessage(), expected);
    }

    @Test
    void missingFileAndFolderAreNamed() {
        Path missing = folder.resolve("nowhere.peerplan");
        assertOneSentence(missing, assertThrows(PlanLoadException.class, () -> new PlanStore().load(missing)).getMessage(),
                "does not exist");
        assertOneSentence(folder, assertThrows(PlanLoadException.class, () -> new PlanStore().load(folder)).getMessage(),
                "is a folder, not a plan file");
    }

    @Test
    void entityExpansionBombIsRefusedAtOnce() throws IOException {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        bomb.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int level = 2; level <= 9; level++) {
            bomb.append("<!ENTITY lol").append(level).append(" \"");
            bomb.append(("&lol" + (level - 1) + ";").repeat(10)).append("\">\n");
        }
        bomb.append("]>\n").append(HEAD.substring(HEAD.indexOf('\n') + 1).replace("Test plan", "&lol9;")).append(TAIL);
        Path file = folder.resolve("bomb.peerplan");
        Files.writeString(file, bomb);
        PlanLoadException failure = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(PlanLoadException.class, () -> new PlanStore().load(file)));
        assertOneSentence(file, failure.getMessage(), "contains a document type declaration");
    }

    @Test
    void externalEntityContentNeverReachesThePlan() throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "board salaries");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE p [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>\n"
                + HEAD.substring(HEAD.indexOf('\n') + 1).replace("Test plan", "&s;") + TAIL;
        Path file = folder.resolve("xxe.peerplan");
        Files.writeString(file, xxe);
        PlanLoadException failure = assertThrows(PlanLoadException.class, () -> new PlanStore().load(file));
        assertFalse(failure.getMessage().contains("board salaries"));
    }

    @Test
    void loadingNeverModifiesTheInput() throws IOException {
        byte[] before = Files.readAllBytes(Plans.example());
        new PlanStore().load(Plans.example());
        assertEquals(-1, Files.mismatch(Plans.example(), writeCopy(before)));
    }

    private Path writeCopy(byte[] bytes) throws IOException {
        return Files.write(folder.resolve("before.peerplan"), bytes);
    }

    private static void assertOneSentence(Path file, String message, String expected) {
        assertTrue(message.startsWith(file.toString()), "the message names the file: " + message);
        assertTrue(message.contains(expected), "expected '" + expected + "' in: " + message);
        assertFalse(message.contains("\n"), "one line: " + message);
        assertFalse(message.contains(".."), "no doubled full stop: " + message);
        assertTrue(message.length() < 400, "short enough to read: " + message);
        assertFalse(message.contains("Exception") || message.contains("org.eclipse"), "no internals: " + message);
        assertTrue(message.endsWith("."), "a sentence ends with a period: " + message);
    }
}
