package org.peerplan.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerplan.core.persistence.PlanLoadException;
import org.peerplan.core.persistence.PlanStore;

/** Every unreadable file is refused with one sentence that says what is wrong, and hostile XML is never expanded. */
class PlanLoadingTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<peerplan:ImplementationPlan xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xmlns:peerplan=\"http://www.peerplan.org/peerplan/1.0\" name=\"Test plan\">\n";

    private static final String TAIL = "</peerplan:ImplementationPlan>\n";

    private static final String CATALOG = "platform:/plugin/org.peerplan.content/catalog/toolkit.catalog#";

    @TempDir
    Path folder;

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("empty file", "", "is empty"),
                Arguments.of("not XML", "Minutes of the board meeting, March 2027", "is not an XML file"),
                Arguments.of("truncated XML", HEAD + "<agency name=\"Riverbend\">", "is not well-formed XML at line 3"),
                Arguments.of("wrong namespace", "<?xml version=\"1.0\"?><x:ImplementationPlan xmlns:x=\"http://example.org/other\"/>",
                        "namespace 'http://example.org/other' is not PeerPlan's"),
                Arguments.of("unknown element", HEAD + "<agency name=\"A\"><favouriteColour/></agency>" + TAIL,
                        "'favouriteColour' is not something an agency has"),
                Arguments.of("unknown attribute", HEAD + "<agency name=\"A\" colour=\"blue\"/>" + TAIL,
                        "'colour' is not something an agency has"),
                Arguments.of("unknown type", HEAD + "<agency xsi:type=\"peerplan:Hospital\"/>" + TAIL,
                        "'Hospital' is not a kind of element a plan can contain"),
                Arguments.of("impossible date", HEAD + "<timeline planStart=\"2027-02-30\"/>" + TAIL,
                        "'2027-02-30' is not a valid plan start of a timeline (dates are written as yyyy-mm-dd"),
                Arguments.of("unknown enumeration value", HEAD + "<actions title=\"Train HR\" status=\"MAYBE\"/>" + TAIL,
                        "'MAYBE' is not a valid status of an action"),
                Arguments.of("dangling reference", HEAD + "<actions title=\"Train HR\" owner=\"person-nobody\"/>" + TAIL,
                        "the owner refers to 'person-nobody', which is not in this plan"),
                Arguments.of("dangling catalog reference", HEAD + "<agency name=\"A\"><people xmi:id=\"p1\" name=\"Dana\"/></agency>"
                        + "<readiness><respondents person=\"p1\"><answers item=\"" + CATALOG + "TQ-99\" value=\"TRUE\"/>"
                        + "</respondents></readiness>" + TAIL,
                        "the item of a quiz answer refers to 'TQ-99', which is not in the toolkit catalog"),
                Arguments.of("not a plan", "<?xml version=\"1.0\"?><catalog:Catalog xmi:version=\"2.0\""
                        + " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:catalog=\"http://www.peerplan.org/catalog/1.0\"/>",
                        "holds a catalog, not an implementation plan"),
                Arguments.of("external entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE p [<!ENTITY secret SYSTEM"
                        + " \"file:///etc/passwd\">]>\n" + HEAD.substring(HEAD.indexOf('\n') + 1).replace("Test plan", "&secret;") + TAIL,
                        "contains a document type declaration"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void unreadableFilesGiveOneSentence(String name, String content, String expected) throws IOException {
        Path file = folder.resolve("input.peerplan");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        PlanLoadException failure = assertThrows(PlanLoadException.class, () -> new PlanStore().load(file));
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
        assertFalse(message.contains("Exception") || message.contains("org.eclipse"), "no internals: " + message);
        assertTrue(message.endsWith("."), "a sentence ends with a period: " + message);
    }
}
