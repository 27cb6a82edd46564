package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.docgen.Format;
import org.peerplan.model.ImplementationPlan;

/** Hostile plan text reaches every format as text: escaped in HTML and DOCX, shown literally in PDF, never run. */
class HostilePlanTextTest {

    private static final String SCRIPT = "<script>alert('board')</script>";

    private static final String HANDLER = "<img src=x onerror=alert(1)>";

    private static final String STYLE = "</style><b>bold?</b>";

    private static final String VELOCITY = "#set($x = 'pwned')$x";

    private static final String MIXED = "Tom & Jerry's \"partnership\" a < b";

    private static final String WORLD = "مرحبا — 🎉 👩‍⚕️ peers";

    /** An override that would show "fdp.exe" as "exe.pdf", a C1 control and a bell. */
    private static final String HIDDEN = "Peer \u202Efdp.exe\u0085 team\u0007";

    private static final String SHOWN = "Peer \uFFFDfdp.exe\uFFFD team\uFFFD";

    @TempDir
    Path folder;

    @Test
    void invisibleCharactersAreShownInEveryFormatAndInTheFigures() throws Exception {
        ImplementationPlan plan = ExampleViews.plan();
        plan.getRisks().get(0).setTitle(HIDDEN);
        plan.getTimeline().getStages().get(0).getTasks().get(0).setName(HIDDEN);
        List<Path> files = new DocumentGenerator(null).generate(ExampleViews.of(plan), EnumSet.of(Document.BOARD_PACK),
                EnumSet.allOf(Format.class), folder, message -> { });
        String html = Files.readString(files.get(0));
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(files.get(1)))) {
            String docx = new DocxContents(files.get(2)).text();
            for (String text : List.of(html, new PDFTextStripper().getText(pdf), docx)) {
                assertFalse(text.codePoints().anyMatch(c -> c == 0x202E || c == 0x85 || c == 0x07),
                        "an invisible character reached a document");
            }
            assertTrue(docx.contains(SHOWN), "the DOCX shows where they were");
        }
        assertTrue(html.contains(SHOWN), "the HTML shows where they were");
        assertTrue(html.contains(">Peer \uFFFDfdp.exe\uFFFD"), "so does the timeline's figure: " + html.indexOf("fdp.exe"));
    }

    @Test
    void hostileTextIsDataInEveryFormat() throws Exception {
        ImplementationPlan plan = ExampleViews.plan();
        plan.getAgency().setName(SCRIPT + " Agency");
        // Plan text the board pack shows: the action the validator reports, the funder's requirement, and so on.
        plan.getActions().stream().filter(a -> a.getOwner() == null).findFirst().orElseThrow().setTitle(HANDLER);
        plan.getRisks().get(0).setTitle(STYLE);
        plan.getRisks().get(0).setMitigation(VELOCITY);
        plan.getAgency().getFunderConstraints().get(0).setDescription(MIXED);
        plan.getReadiness().getRespondents().get(0).getPerson().setName(WORLD);
        Map<String, Object> views = ExampleViews.of(plan);
        List<Path> files = new DocumentGenerator(null).generate(views, EnumSet.of(Document.BOARD_PACK),
                EnumSet.allOf(Format.class), folder, message -> { });

        String html = Files.readString(files.get(0));
        assertFalse(html.contains("<script>") || html.contains("<img") || html.contains("</style><b>"), "raw markup");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;board&#39;)&lt;/script&gt; Agency"), "escaped agency");
        assertTrue(html.contains("#set($x = &#39;pwned&#39;)$x"), "Velocity in plan text is not run");
        assertTrue(html.contains(WORLD), "right-to-left text and emoji survive");
        assertTrue(html.contains("Tom &amp; Jerry&#39;s &quot;partnership&quot; a &lt; b"), "escaped ampersand and quotes");

        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(files.get(1)))) {
            // Without white space: a long token in a narrow table column wraps where the PDF's lines break.
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            for (String literal : List.of(SCRIPT, STYLE, VELOCITY, "Tom & Jerry's \"partnership\"")) {
                assertTrue(text.contains(literal.replaceAll("\\s+", "")), "the PDF shows " + literal);
            }
        }

        DocxContents docx = new DocxContents(files.get(2));
        String text = docx.text();
        for (String literal : List.of(SCRIPT, HANDLER, STYLE, VELOCITY, MIXED, WORLD)) {
            assertTrue(text.contains(literal), "the DOCX holds " + literal);
        }
    }
}
