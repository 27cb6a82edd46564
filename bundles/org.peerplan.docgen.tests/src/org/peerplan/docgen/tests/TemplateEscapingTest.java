package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.docgen.templates.OutputFormat;
import org.peerplan.docgen.templates.TemplateEngine;
import org.peerplan.docgen.templates.TemplateException;
import org.peerplan.docgen.templates.Trusted;

/** Every inserted value is escaped by the engine, template errors say where, and user templates win. */
class TemplateEscapingTest {

    /** Plan text as a hostile or careless consultant might type it. */
    static final List<String> HOSTILE = List.of("<script>alert('board')</script>", "<img src=x onerror=alert(1)>",
            "</style><script>steal()</script>", "Tom & Jerry's \"partnership\"", "a < b > c", "#set($x = 'pwned')$x",
            "$text.class.forName('java.lang.Runtime')", "${map}", "مرحبا بكم — ‏right-to-left‏", "🎉 👩‍⚕️ peers",
            "line\u0007bell", "]]><!--");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void hostilePlanTextIsEscapedNeverInterpreted(OutputFormat format) throws IOException {
        Files.writeString(folder.resolve("values.vm"), "#foreach($v in $values)<p title=\"$v\">$v</p>\n#end");
        String output = new TemplateEngine(folder).render("values.vm", Map.of("values", HOSTILE), format);

        assertFalse(output.contains("<script"), output);
        assertFalse(output.contains("<img"), output);
        assertFalse(output.contains("</style>"), output);
        assertFalse(output.contains("pwned\""), "Velocity syntax in plan text is data, not code:\n" + output);
        assertFalse(output.contains("\u0007"), output);
        assertTrue(output.contains("Tom &amp; Jerry&#39;s &quot;partnership&quot;"), output);
        assertTrue(output.contains("#set($x = &#39;pwned&#39;)$x"), output);
        assertTrue(output.contains("🎉 👩‍⚕️ peers") && output.contains("مرحبا بكم"), output);
        assertTrue(output.contains("]]&gt;&lt;!--"), output);
    }

    @Test
    void trustedMarkupFromTheEngineIsInsertedAsItIs() throws IOException {
        Files.writeString(folder.resolve("svg.vm"), "$svg|$text");
        String output = new TemplateEngine(folder).render("svg.vm",
                Map.of("svg", new Trusted("<svg><rect/></svg>"), "text", "<svg>"), OutputFormat.HTML);
        assertEquals("<svg><rect/></svg>|&lt;svg&gt;", output);
    }

    @Test
    void aMissingValueIsAnErrorNotALiteralReference() throws IOException {
        Files.writeString(folder.resolve("missing.vm"), "Agency:\n  $agency.name\n  $budgetTotal\n");
        TemplateException failure = assertThrows(TemplateException.class,
                () -> new TemplateEngine(folder).render("missing.vm", Map.of("agency", Map.of("name", "A")),
                        OutputFormat.HTML));
        assertTrue(failure.getMessage().contains(folder.resolve("missing.vm") + ", line 3, column 3"),
                failure.getMessage());
    }

    @Test
    void aSyntaxErrorNamesTheFileLineAndColumnInOneSentence() throws IOException {
        Files.writeString(folder.resolve("broken.vm"), "<h1>Plan</h1>\n<ul>\n#foreach($a in $actions\n</ul>\n");
        TemplateException failure = assertThrows(TemplateException.class,
                () -> new TemplateEngine(folder).render("broken.vm", Map.of("actions", List.of()), OutputFormat.HTML));
        String message = failure.getMessage();
        assertTrue(message.startsWith("The template " + folder.resolve("broken.vm") + ", line "), message);
        assertTrue(message.matches(".*line \\d+, column \\d+, is not valid Velocity\\."), message);
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void aTemplateInTheUserFolderOverridesTheBuiltInOne() throws IOException {
        Map<String, Object> views = ExampleViews.example();
        String builtIn = new DocumentGenerator(null).render(Document.D21, views);
        Files.createDirectories(folder.resolve("sections"));
        Files.writeString(folder.resolve("sections/d21.vm"), "<h1>Our own report for $agency</h1>");
        String overridden = new DocumentGenerator(folder).render(Document.D21, views);
        assertTrue(builtIn.contains("<h1>Validation report</h1>"), builtIn);
        assertTrue(overridden.contains("<h1>Our own report for Riverbend Community Behavioral Health</h1>"), overridden);
        assertFalse(overridden.contains("<h1>Validation report</h1>"), overridden);
    }

    @Test
    void aDocumentThatIsNotWellFormedXhtmlIsRefusedInOneSentence() throws IOException {
        Files.createDirectories(folder.resolve("sections"));
        Files.writeString(folder.resolve("sections/d21.vm"), "<h1>Report</h1><p>An unclosed paragraph<br>");
        TemplateException failure = assertThrows(TemplateException.class,
                () -> new DocumentGenerator(folder).render(Document.D21, ExampleViews.example()));
        String message = failure.getMessage();
        assertTrue(message.startsWith("The templates produced a document that is not well-formed XHTML: "), message);
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void anUnknownTemplateIsNamed() {
        TemplateException failure = assertThrows(TemplateException.class,
                () -> new TemplateEngine(folder).render("nowhere.vm", Map.of(), OutputFormat.HTML));
        assertTrue(failure.getMessage().contains("nowhere.vm"), failure.getMessage());
    }
}
