package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.compare.Baselines;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.privacy.Audience;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.docgen.Format;
import org.peerplan.docgen.views.PlanViews;
import org.peerplan.model.Baseline;
import org.peerplan.model.ImplementationPlan;

/**
 * The test plan with personal data in every feature the metamodel marks as personal, through every document in
 * every format: nothing of it reaches the board; the personnel audience's copies hold it and say so on every page.
 */
class PersonalDataInDocumentsTest {

    /** Who has lived experience (without consent to be named) or receives services, and their personnel records. */
    private static final List<String> PERSONAL = List.of("Tamika Brooks", "Maria Delgado", "Robert Nguyen",
            "Grace Thompson", "hospital stay", "relapse treatment", "Weekly shadowing", "intensive outpatient",
            "medication-management");

    private static final String CONFIDENTIAL = "Confidential — personnel record";

    @TempDir
    Path folder;

    @Test
    void noDocumentForTheBoardHoldsAnyPersonalDataInAnyFormat() throws Exception {
        List<Path> files = generate(Audience.BOARD, EnumSet.allOf(Document.class));
        assertEquals(Document.values().length * Format.values().length, files.size(), files.toString());
        List<String> leaks = new ArrayList<>();
        for (Path file : files) {
            String text = text(file);
            PERSONAL.stream().filter(text::contains).forEach(secret -> leaks.add(file.getFileName() + ": " + secret));
            assertFalse(text.contains(CONFIDENTIAL), file + " is for the board");
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void thePersonnelAudiencesPackNamesThemAndSaysConfidentialOnEveryPage() throws Exception {
        List<Path> files = generate(Audience.PERSONNEL, EnumSet.of(Document.BOARD_PACK));
        for (Path file : files) {
            assertTrue(text(file).contains("Tamika Brooks"), file + " names the people");
        }
        Path pdf = files.stream().filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertTrue(stripper.getText(document).contains(CONFIDENTIAL), "page " + page + " is marked");
            }
        }
        Path docx = files.stream().filter(f -> f.toString().endsWith(".docx")).findFirst().orElseThrow();
        DocxContents contents = new DocxContents(docx);
        assertTrue(DocxContents.decode(contents.parts.get("word/header1.xml")).contains(CONFIDENTIAL),
                "the header every page of the DOCX repeats");
        Path html = files.stream().filter(f -> f.toString().endsWith(".html")).findFirst().orElseThrow();
        assertTrue(Files.readString(html).contains("<p class=\"marking\">" + CONFIDENTIAL + "</p>"));
    }

    /**
     * A baseline is set by the consultant, on the whole plan: its findings include those on the personnel records,
     * whose values the board's copy withholds. Compared for the board, nothing has changed: no finding is said to be
     * solved or new because its values are hidden, and no name reaches the pack.
     */
    @Test
    void sinceABaselineOfTheWholePlanTheBoardSeesNoChangeAndNoName() throws Exception {
        ImplementationPlan plan = personalData();
        Baseline baseline = Baselines.of(plan, "Board approval", ExampleViews.AS_OF);
        plan.getBaselines().add(baseline);
        plan.setCurrentBaseline(baseline);
        assertTrue(baseline.getOpenFindings().stream().anyMatch(f -> f.getPlace().startsWith("performance")),
                "the baseline holds findings on personnel records");
        Map<String, Object> views = PlanViews.checked(plan, ToolkitCatalog.in(plan.eResource().getResourceSet()),
                ExampleViews.AS_OF, Audience.BOARD);
        Path html = new DocumentGenerator(null).generate(views, EnumSet.of(Document.BOARD_PACK),
                EnumSet.of(Format.HTML), folder, step -> { }).get(0);
        String text = text(html);
        assertTrue(text.contains("Nothing in the plan has changed since the baseline “Board approval”"), text);
        assertEquals(List.of(), PERSONAL.stream().filter(text::contains).toList());
    }

    private static ImplementationPlan personalData() throws Exception {
        return new PlanStore().load(Path.of(System.getProperty("peerplan.home"))
                .resolve("releng/testdata/personal-data.peerplan"));
    }

    private List<Path> generate(Audience audience, EnumSet<Document> documents) throws Exception {
        ImplementationPlan plan = personalData();
        Map<String, Object> views = PlanViews.checked(plan, ToolkitCatalog.in(plan.eResource().getResourceSet()),
                ExampleViews.AS_OF, audience);
        return new DocumentGenerator(null).generate(views, documents, EnumSet.allOf(Format.class),
                folder.resolve(audience.id()), step -> { });
    }

    /**
     * Every word a reader or a program could get from the file, with its line breaks as spaces: an HTML file's source
     * with its inline SVG, a PDF's text, a DOCX's text and every XML or SVG part in it.
     */
    private static String text(Path file) throws Exception {
        String name = file.getFileName().toString();
        String text;
        if (name.endsWith(".pdf")) {
            try (PDDocument document = Loader.loadPDF(Files.readAllBytes(file))) {
                text = new PDFTextStripper().getText(document);
            }
        } else if (name.endsWith(".docx")) {
            DocxContents contents = new DocxContents(file);
            StringBuilder all = new StringBuilder(contents.text());
            contents.parts.forEach((part, bytes) -> {
                if (!part.endsWith(".png")) {
                    all.append(' ').append(new String(bytes, StandardCharsets.UTF_8));
                }
            });
            text = all.toString();
        } else {
            text = Files.readString(file);
        }
        return text.replaceAll("\\s+", " ");
    }
}
