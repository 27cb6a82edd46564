package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerplan.docgen.templates.OutputFormat;
import org.peerplan.docgen.templates.TemplateEngine;
import org.peerplan.docgen.templates.TemplateException;
import org.peerplan.docgen.templates.Trusted;

/**
 * A custom template cannot reach classes, class loaders, files or processes: each attempt either fails as a template
 * error or renders nothing of what it reached for.
 */
class TemplateSandboxTest {

    private static final String SECRET = "board-only salary table";

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = { "$map.clear()", "$map.clear", "$map.put('key', 'changed')", "$map.remove('key')",
            "$list.clear()", "$list.add('three')", "$list.remove(0)", "$list.set(0, 'changed')",
            "#set($ignored = $map.putAll($map))$map.replaceAll($map)", "$list.removeIf($list)" })
    void templatesCannotChangeTheValuesTheyShow(String attempt) throws IOException {
        Files.writeString(folder.resolve("change.vm"), "[" + attempt + "]");
        Map<String, Object> map = new HashMap<>(Map.of("key", "value"));
        List<String> list = new ArrayList<>(List.of("one", "two"));
        try {
            new TemplateEngine(folder).render("change.vm", Map.of("map", map, "list", list), OutputFormat.HTML);
        } catch (TemplateException blocked) {
            // Blocked as an unknown method: the values stay as they were either way.
        }
        assertEquals(Map.of("key", "value"), map, attempt);
        assertEquals(List.of("one", "two"), list, attempt);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "$text.class.forName('java.lang.Runtime')",
            "$text.getClass().forName('java.lang.Runtime').getRuntime().exec('touch CANARY')",
            "$map.getClass().getClassLoader()",
            "$list.class.classLoader.loadClass('java.lang.System')",
            "#set($c = $text.class)$c.forName('java.lang.ProcessBuilder')",
            "$number.class.forName('java.io.File')",
            "$date.getClass().getProtectionDomain()",
            "#set($rt = $text.class.forName('java.lang.Runtime'))$rt.getRuntime().exec('touch CANARY')",
            "$text.getClass().getMethods()",
            "#include('/etc/passwd')",
            "#parse('../../../../../etc/passwd')",
            "#include('../secret.txt')",
            "$text.getClass().getDeclaredField('value')",
            "$list.iterator().getClass()",
            "$text.class.getResource('/etc/passwd')",
            "#evaluate('$text.class.forName(\"java.lang.Runtime\")')",
            "$map.entrySet().iterator().next().getClass()",
            "$number.getClass().getClassLoader().getParent()",
            "$date.class.forName('java.lang.Thread').currentThread().getContextClassLoader()",
            "#set($s = '')$s.class.forName('java.lang.System').getProperty('user.home')",
            "$text.getBytes().getClass()",
            "#set($x = $list.add($text.class))$list",
            "$trusted.getClass().getClassLoader()",
            "$money.getClass().forName('java.lang.Runtime')",
            "#foreach($m in $text.class.methods)$m.name #end",
            "#set($file = $text.class.forName('java.nio.file.Files'))$file.readString($path)" })
    void escapeAttemptIsBlocked(String attempt) throws IOException {
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Path secret = Files.writeString(folder.resolve("secret.txt"), SECRET);
        Files.writeString(templates.resolve("attempt.vm"), "[" + attempt + "]");
        Map<String, Object> model = new HashMap<>();
        model.put("text", "plan text");
        model.put("map", new HashMap<>(Map.of("key", "value")));
        model.put("list", new ArrayList<>(List.of("one", "two")));
        model.put("number", 42);
        model.put("money", new BigDecimal("12.50"));
        model.put("date", LocalDate.of(2027, 1, 4));
        model.put("trusted", new Trusted("<b>engine markup</b>"));
        model.put("path", secret.toString());

        String output;
        try {
            output = new TemplateEngine(templates).render("attempt.vm", model, OutputFormat.HTML);
        } catch (TemplateException blocked) {
            output = "";
        }
        for (String leak : List.of("java.lang", "class ", "Runtime", "ClassLoader", "root:", SECRET, "Process",
                "getClass", System.getProperty("user.home") + "]")) {
            assertFalse(output.contains(leak), () -> "'" + attempt + "' leaked '" + leak + "'");
        }
        assertFalse(Files.exists(Path.of("CANARY")) || Files.exists(templates.resolve("CANARY")),
                "a process ran for '" + attempt + "'");
        assertTrue(output.isEmpty() || output.startsWith("["), output);
    }
}
