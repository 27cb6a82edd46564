package org.peerplan.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.RuleWaiver;

/** The commands as a user runs them: their output and their exit codes. */
class CommandLineTest {

    @TempDir
    Path folder;

    private String out;

    private String err;

    private final CommandRun cli = new CommandRun();

    private int run(String... arguments) {
        int code = cli.run(arguments);
        out = cli.out();
        err = cli.err();
        return code;
    }

    private static Path example() {
        return CommandRun.example();
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(0, run("--help"));
        for (String command : new String[] { "new", "validate", "summary" }) {
            assertTrue(out.contains(command), "--help mentions " + command + ":\n" + out);
        }
    }

    @Test
    void newWritesAPlanThatValidates() throws IOException {
        Path file = folder.resolve("hillside.peerplan");
        assertEquals(0, run("new", "--agency", "Hillside Recovery Services", "--state", "or", "--start", "2027-03-01",
                "--out", file.toString()), err);
        assertTrue(out.startsWith("Created " + file), out);
        ImplementationPlan plan = new PlanStore().load(file);
        assertEquals("Hillside Recovery Services", plan.getAgency().getName());
        assertEquals("OR", plan.getAgency().getState());
        assertEquals(0, run("validate", file.toString()), out + err);
    }

    @Test
    void newRecordsTheFirstPeersStartAndWhoPreparesThePlan() throws IOException {
        Path file = folder.resolve("hillside.peerplan");
        assertEquals(0, run("new", "--agency", "Hillside", "--start", "2027-03-01", "--first-peer", "2028-03-01",
                "--prepared-by", " Dana Ortiz ", "--out", file.toString()), err);
        ImplementationPlan plan = new PlanStore().load(file);
        assertEquals(LocalDate.of(2028, 3, 1), plan.getTimeline().getFirstPeerStart());
        assertEquals("Dana Ortiz", plan.getConsultant());
        assertEquals(0, run("summary", file.toString()), err);
        assertTrue(out.contains("Horizon: plan starts 2027-03-01, first peer starts 2028-03-01 (12 months)"), out);
    }

    @Test
    void newRefusesToOverwriteWithoutForce() throws IOException {
        Path file = folder.resolve("existing.peerplan");
        Files.writeString(file, "keep me");
        assertEquals(2, run("new", "--agency", "Hillside", "--out", file.toString()));
        assertEquals("keep me", Files.readString(file));
        assertTrue(err.contains("already exists"), err);
    }

    @Test
    void newWithAnImpossibleDateIsAUsageError() {
        assertEquals(2, run("new", "--agency", "Hillside", "--start", "2027-02-30", "--out",
                folder.resolve("x.peerplan").toString()));
        assertTrue(err.contains("--start"), err);
        assertFalse(Files.exists(folder.resolve("x.peerplan")));
    }

    @Test
    void newRefusesAFirstPeerBeforeThePlanStarts() {
        assertEquals(2, run("new", "--agency", "Hillside", "--start", "2027-03-01", "--first-peer", "2027-01-04",
                "--out", folder.resolve("x.peerplan").toString()));
        assertEquals("peerplan: --first-peer (2027-01-04) cannot come before the plan's start (2027-03-01).",
                err.strip());
        assertFalse(Files.exists(folder.resolve("x.peerplan")));
    }

    /** Every usage error exits 2 with its reason and the way to the help, also when --help follows it. */
    @Test
    void usageErrorsExitWithTwoAndSayWhereTheHelpIs() {
        assertEquals(2, run("publish", "--help"));
        assertTrue(out.isEmpty(), "no help for a command that does not exist: " + out);
        assertTrue(err.startsWith("peerplan: Unmatched argument at index 0: 'publish'."), err);
        assertTrue(err.strip().endsWith("See 'peerplan --help'."), err);
        assertEquals(2, run("validate", "--bogus", example().toString()));
        assertTrue(err.startsWith("peerplan: Unknown option: '--bogus'."), err);
        assertTrue(err.strip().endsWith("See 'peerplan validate --help'."), err);
        assertTrue(err.lines().count() <= 3, "a line and a pointer, not the whole usage: " + err);
        assertEquals(2, run("summary", example().toString(), example().toString()));
        assertTrue(err.strip().endsWith("See 'peerplan summary --help'."), err);
    }

    @Test
    void versionNamesTheBuild() {
        assertEquals(0, run("--version"));
        assertTrue(out.matches("PeerPlan Workbench 0\\.1\\.0 \\(build of \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\)\\s*"),
                out);
    }

    @Test
    void bashCompletionIsGenerated() {
        assertEquals(0, run("generate-completion"));
        assertTrue(out.contains("complete -F _complete_peerplan") && out.contains("validate"), out);
    }

    /** A consultancy checks its portfolio in one command: a line per plan, the worst exit code. */
    @Test
    void validateChecksSeveralPlansOrAFolderOfThem() throws IOException {
        Path portfolio = Files.createDirectory(folder.resolve("portfolio"));
        Files.copy(example(), portfolio.resolve("riverbend.peerplan"));
        assertEquals(0, run("new", "--agency", "Hillside", "--out", portfolio.resolve("hillside.peerplan").toString()));
        Files.writeString(portfolio.resolve("broken.peerplan"), "not a plan");

        assertEquals(2, run("validate", "--as-of", "2027-04-30", portfolio.toString()), err);
        List<String> lines = out.lines().toList();
        assertEquals(3, lines.size(), out);
        assertTrue(lines.get(0).startsWith(portfolio.resolve("broken.peerplan") + ": not checked: "), lines.get(0));
        assertTrue(lines.get(1).startsWith("Hillside (" + portfolio.resolve("hillside.peerplan") + "): 0 errors, "),
                lines.get(1));
        assertTrue(lines.get(1).endsWith("no readiness band yet; first peer's start not set"), lines.get(1));
        assertTrue(lines.get(2).matches("Riverbend Community Behavioral Health \\(.*\\): \\d+ errors?, \\d+ warnings?;"
                + " band 5–7 True; 9 months to the first peer"), lines.get(2));

        assertEquals(1, run("validate", "--json", portfolio.resolve("riverbend.peerplan").toString(),
                portfolio.resolve("hillside.peerplan").toString()), err);
        List<?> reports = (List<?>) JsonReader.read(out);
        assertEquals(2, reports.size(), out);
        assertTrue(reports.stream().allMatch(r -> ((Map<?, ?>) r).get("rulesChecked") instanceof BigDecimal), out);
    }

    @Test
    void validateOfAMissingFileExitsWithTwoAndOneLine() {
        Path missing = folder.resolve("missing.peerplan");
        assertEquals(2, run("validate", missing.toString()));
        assertEquals("peerplan: " + missing + " does not exist.", err.strip());
        assertTrue(out.isEmpty(), out);
    }

    @Test
    void validateOfTheExampleReportsItsFlawsByAreaAndExitsWithOne() {
        assertEquals(1, run("validate", "--as-of", "2027-04-30", example().toString()), err);
        assertTrue(out.contains("6 errors, 1 warning"), out);
        assertTrue(out.contains("Readiness, timeline and foundation\n"), out);
        assertTrue(out.contains("source:  [003 § Step 3 of Implementation: Developing a Timeline]"), out);
        assertTrue(out.contains("fix:     Remove the duty 'Deliver evening medications"), out);
    }

    @Test
    void validateWritesTheDocumentedJson() {
        assertEquals(1, run("validate", "--json", "--as-of", "2027-04-30", example().toString()), err);
        assertTrue(JsonReader.read(out) instanceof Map, out);
        for (String key : new String[] { "\"asOf\": \"2027-04-30\"", "\"rulesChecked\": ", "\"errors\": 6",
                "\"warnings\": 1", "\"infos\": 0", "\"findings\": [", "\"rule\": \"R25\"", "\"waived\": []",
                "\"notApplied\": [" }) {
            assertTrue(out.contains(key), key + " in\n" + out);
        }
    }

    @Test
    void aDependencyCycleIsUnusableInputThatNamesItsTasks() throws IOException {
        ImplementationPlan plan = new PlanStore().load(example());
        var tasks = plan.getTimeline().getStages().get(0).getTasks();
        tasks.get(0).getDependsOn().add(tasks.get(1));
        tasks.get(1).getDependsOn().add(tasks.get(0));
        Path file = folder.resolve("cycle.peerplan");
        new PlanStore().save(plan, file);

        assertEquals(2, run("validate", file.toString()));
        String message = err.strip();
        assertTrue(message.startsWith("peerplan: " + file + ": the tasks '"), message);
        assertTrue(message.contains(tasks.get(0).getName()) && message.contains(tasks.get(1).getName()), message);
        assertTrue(message.endsWith("depend on each other in a cycle, so none of them can start."), message);
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void aWaiverAppearsWithItsReasonInTheReport() throws IOException {
        ImplementationPlan plan = new PlanStore().load(example());
        RuleWaiver waiver = PeerPlanFactory.eINSTANCE.createRuleWaiver();
        waiver.setRuleId("R52");
        waiver.setReason("The trainer agreed to run Making Connections for eight people.");
        waiver.setWaivedBy("Dana Ortiz");
        waiver.setWaivedOn(LocalDate.of(2027, 5, 3));
        plan.getRuleWaivers().add(waiver);
        Path file = folder.resolve("waived.peerplan");
        new PlanStore().save(plan, file);

        assertEquals(1, run("validate", "--as-of", "2027-04-30", file.toString()), err);
        assertFalse(out.contains("ERROR   R52"), out);
        assertTrue(out.contains("Waived  R52       The trainer agreed to run Making Connections for eight people."
                + " (Dana Ortiz, 2027-05-03)"), out);
    }

    @Test
    void generateWritesTheBoardPackOfTheShippedExample() throws IOException {
        Path target = folder.resolve("out");
        assertEquals(0, run("generate", "--out", target.toString(), "--as-of", "2027-04-30"), err);
        assertTrue(out.contains("Wrote " + target.resolve("board-pack.html")), out);
        assertTrue(out.contains("Wrote " + target.resolve("board-pack.pdf")), out);
        assertTrue(err.contains("Rendering board pack as PDF..."), err);
        assertTrue(Files.readString(target.resolve("board-pack.html")).contains("Executive summary"));
        assertTrue(Files.size(target.resolve("board-pack.pdf")) > 10_000);
    }

    @Test
    void generateWithABrokenCustomTemplateNamesItsFileAndLine() throws IOException {
        Path templates = Files.createDirectories(folder.resolve("templates/sections"));
        Files.writeString(templates.resolve("d21.vm"), "<h1>Report</h1>\n#foreach($f in $validation.areas\n");
        assertEquals(2, run("generate", "--documents", "d21", "--format", "html", "--templates",
                folder.resolve("templates").toString(), "--out", folder.resolve("out").toString()));
        String message = err.lines().filter(l -> l.startsWith("peerplan: ")).findFirst().orElse(err);
        assertTrue(message.startsWith("peerplan: The template " + templates.resolve("d21.vm") + ", line "), message);
        assertTrue(message.endsWith("is not valid Velocity."), message);
    }

    @Test
    void generateRefusesAnUnknownFormatOrDocument() {
        assertEquals(2, run("generate", "--format", "rtf", "--out", folder.resolve("out").toString()));
        assertTrue(err.contains("--format takes html, pdf and docx, not 'rtf'."), err);
        assertEquals(2, run("generate", "--documents", "d99", "--out", folder.resolve("out").toString()));
        assertTrue(err.contains("--documents does not know d99"), err);
    }

    /** The summary of an untouched new plan says what is missing instead of printing empty values. */
    @Test
    void summaryOfANewPlanSaysWhatItStillNeeds() throws IOException {
        Path file = folder.resolve("hillside.peerplan");
        assertEquals(0, run("new", "--agency", "Hillside", "--out", file.toString()), err);
        assertEquals(0, run("summary", file.toString()), err);
        for (String empty : new String[] { "null", "nobody yet", "(s)", "$0.00" }) {
            assertFalse(out.contains(empty), "no '" + empty + "' in:\n" + out);
        }
        assertTrue(out.contains("the first peer's start date is not set yet"), out);
        assertTrue(out.contains("who prepares it is not named yet"), out);
        assertTrue(out.contains("Budget: no costs in the plan yet"), out);
        assertTrue(out.contains("Still needed: 14 facts in 10 areas"), out);
        assertTrue(out.contains("  The timeline's dates: the first peer's start date (the executive director, with the"
                + " consultant)"), out);
    }

    /** The README's schema: a fact the new plan lacks is null, and what it lacks is listed by area. */
    @Test
    void summaryJsonOfANewPlanHoldsNullsWhereFactsAreMissing() throws IOException {
        Path file = folder.resolve("hillside.peerplan");
        assertEquals(0, run("new", "--agency", "Hillside", "--out", file.toString()), err);
        assertEquals(0, run("summary", "--json", "--as-of", "2027-01-15", file.toString()), err);
        Map<?, ?> summary = (Map<?, ?>) JsonReader.read(out);
        assertEquals(List.of("plan", "asOf", "agency", "state", "title", "consultant", "preparedOn", "horizon",
                "readiness", "timeline", "policyReview", "rootCauseAnalyses", "actions", "roles", "training", "budget",
                "risks", "decisions", "outcomes", "completeness"), List.copyOf(summary.keySet()));
        assertEquals(Arrays.asList("Hillside", null, null, "2027-01-15"), Arrays.asList(summary.get("agency"),
                summary.get("state"), summary.get("consultant"), summary.get("asOf")));
        Map<?, ?> horizon = (Map<?, ?>) summary.get("horizon");
        assertEquals(Arrays.asList(null, null), Arrays.asList(horizon.get("firstPeerStart"), horizon.get("months")));
        Map<?, ?> readiness = (Map<?, ?>) summary.get("readiness");
        assertEquals(Arrays.asList(BigDecimal.ZERO, null, null, new BigDecimal(11), BigDecimal.ZERO),
                Arrays.asList(readiness.get("respondents"), readiness.get("organizationTrue"), readiness.get("band"),
                        readiness.get("competencies"), readiness.get("competenciesRated")));
        assertEquals(new BigDecimal(69), ((Map<?, ?>) summary.get("timeline")).get("tasks"));
        Map<?, ?> completeness = (Map<?, ?>) summary.get("completeness");
        assertEquals(Arrays.asList(false, new BigDecimal(14)), Arrays.asList(completeness.get("complete"),
                completeness.get("needed")));
        Map<?, ?> dates = ((List<?>) completeness.get("areas")).stream().map(a -> (Map<?, ?>) a)
                .filter(a -> "TIMELINE".equals(a.get("area"))).findFirst().orElseThrow();
        assertEquals(List.of(Map.of("what", "the first peer's start date", "who",
                "the executive director, with the consultant")), dates.get("needs"));
    }

    @Test
    void summaryJsonOfTheShippedExampleCarriesItsBandHorizonAndBudget() {
        assertEquals(0, run("summary", "--json"), err);
        Map<?, ?> summary = (Map<?, ?>) JsonReader.read(out);
        Map<?, ?> band = (Map<?, ?>) ((Map<?, ?>) summary.get("readiness")).get("band");
        assertEquals(List.of(new BigDecimal(5), new BigDecimal(7)), List.of(band.get("minTrue"), band.get("maxTrue")));
        assertEquals(new BigDecimal(9), ((Map<?, ?>) summary.get("horizon")).get("months"));
        assertTrue(((List<?>) summary.get("budget")).stream()
                .allMatch(y -> ((BigDecimal) ((Map<?, ?>) y).get("total")).signum() > 0), out);
        assertEquals(true, ((Map<?, ?>) summary.get("completeness")).get("complete"));
    }

    @Test
    void summaryOfTheShippedExampleNamesTheAgency() {
        assertEquals(0, run("summary"), err);
        assertTrue(out.contains("Riverbend"), out);
        assertTrue(out.contains("Readiness quiz: 3 respondents"), out);
        assertFalse(out.contains("Still needed"), "the example lacks nothing: " + out);
    }

    private static Path withPersonalData() {
        return Path.of(System.getProperty(PeerPlanCommand.HOME_PROPERTY)).resolve(
                "releng/testdata/personal-data.peerplan");
    }

    /** For the board: the report, the diagrams and the export name nobody the plan holds personal data about. */
    @Test
    void whatLeavesForTheBoardNamesNobodyWithLivedExperienceOrReceivingServices() throws IOException {
        List<String> personal = List.of("Tamika Brooks", "Maria Delgado", "Robert Nguyen", "medication-management");
        assertEquals(1, run("validate", "--json", "--audience", "board", withPersonalData().toString()), err);
        String report = out;
        assertEquals(1, run("validate", "--json", withPersonalData().toString()), err);
        assertTrue(out.contains("Maria Delgado") && out.contains("medication-management"),
                "the consultant's own report names them: " + out);
        Path svg = folder.resolve("supervision.svg");
        assertEquals(0, run("diagram", withPersonalData().toString(), "--kind", "supervision", "--out",
                svg.toString()), err);
        Path export = folder.resolve("shared.peerplan");
        assertEquals(0, run("export", "--redacted", withPersonalData().toString(), "--out", export.toString()), err);
        for (String secret : personal) {
            assertFalse(report.contains(secret), "validate --audience board: " + secret);
            assertFalse(Files.readString(svg).contains(secret), "diagram: " + secret);
            assertFalse(Files.readString(export).contains(secret), "export --redacted: " + secret);
        }
        assertEquals(1, run("validate", export.toString()), "the export is a plan that loads and checks: " + err);
        Path personnel = folder.resolve("personnel");
        assertEquals(0, run("generate", withPersonalData().toString(), "--audience", "personnel", "--format", "html",
                "--out", personnel.toString()), err);
        assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"),
                Files.getPosixFilePermissions(personnel.resolve("board-pack.html")), "the owner's alone");
        assertTrue(Files.readString(personnel.resolve("board-pack.html")).contains("Confidential — personnel record"));
        assertEquals(2, run("generate", "--audience", "public", "--out", folder.toString()));
        assertEquals("peerplan: --audience takes board, leadership or personnel, not 'public'.", err.strip());
    }

    @Test
    void compareListsWhatMovedByAreaAndAsJson() throws IOException {
        Path later = folder.resolve("riverbend-june.peerplan");
        ImplementationPlan plan = new PlanStore().load(example());
        plan.getTimeline().setFirstPeerStart(LocalDate.of(2028, 1, 4));
        ((org.peerplan.model.Task) plan.eResource().getEObject("task-s1-t1")).setName("Board and executive buy-in");
        new PlanStore().save(plan, later);
        assertEquals(0, run("compare", "--as-of", "2027-04-30", example().toString(), later.toString()), err);
        assertTrue(out.contains("The first peer's start\n  changed   The first peer now starts Jan 4, 2028 (was Oct 4,"
                + " 2027).\n"), out);
        assertTrue(out.contains("  renamed   Task 'Get buy-in from the board, the executive director and management'"
                + " is now called 'Board and executive buy-in'."), out);
        assertEquals(0, run("compare", "--json", "--as-of", "2027-04-30", example().toString(), later.toString()));
        List<?> changes = (List<?>) JsonReader.read(out);
        assertTrue(changes.stream().map(c -> (Map<?, ?>) c).allMatch(c -> List.of("area", "kind", "id", "text",
                "workingDays").equals(List.copyOf(c.keySet()))), out);
        assertTrue(changes.stream().map(c -> (Map<?, ?>) c).anyMatch(c -> "RESOLVED".equals(c.get("kind"))), out);

        Path pack = folder.resolve("june");
        assertEquals(0, run("generate", later.toString(), "--since", example().toString(), "--format", "html",
                "--as-of", "2027-04-30", "--out", pack.toString()), err);
        assertTrue(Files.readString(pack.resolve("board-pack.html")).contains("<h1>Since the last board pack</h1>"));
    }

    @Test
    void diagramWritesAnSvgOrAPngOfTheKindAsked() throws IOException {
        Path svg = folder.resolve("charts/supervision.svg");
        assertEquals(0, run("diagram", example().toString(), "--kind", "supervision", "--out", svg.toString()), err);
        assertTrue(out.startsWith("Wrote " + svg), out);
        String markup = Files.readString(svg);
        assertTrue(markup.startsWith("<?xml") && markup.contains("<svg") && markup.contains("Peer Support Specialist"));
        Path png = folder.resolve("supervision.png");
        assertEquals(0, run("diagram", "--kind", "supervision", "--out", png.toString()), err);
        byte[] bytes = Files.readAllBytes(png);
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals('P', bytes[1]);
    }

    @Test
    void diagramRefusesAnUnknownKindOrFileType() {
        assertEquals(2, run("diagram", "--kind", "pie", "--out", folder.resolve("x.svg").toString()));
        assertTrue(err.contains("--kind: Unknown diagram kind 'pie'; use one of timeline, fishbone"), err);
        assertEquals(2, run("diagram", "--kind", "timeline", "--out", folder.resolve("x.gif").toString()));
        assertTrue(err.contains("--out: Diagrams are written as .svg or .png files, not x.gif"), err);
        assertFalse(Files.exists(folder.resolve("x.svg")));
    }

    @Test
    void everyCommandRefusesAMalformedPlanWithOneSentence() throws IOException {
        Path plan = folder.resolve("marked-up.peerplan");
        Files.writeString(plan, Files.readString(example()).replaceFirst("<agency ",
                "<consultant>Anne <favouriteColour/> Mercer</consultant><agency "));
        for (String command : new String[] { "validate", "summary", "generate" }) {
            assertEquals(2, run(command, plan.toString()), command + ": " + err);
            assertEquals(1, err.lines().count(), command + " says one line: " + err);
            assertTrue(err.contains("'favouriteColour' stands inside a text"), err);
            assertFalse(err.contains("Exception"), err);
        }
    }

    @Test
    void theBenchmarkPrintsEveryStepTheBoardPackAndTheRatios() {
        assertEquals(0, run("benchmark", "--tasks", "60", "--runs", "1"), err);
        for (String expected : new String[] { "validate (ms)", "diagrams (ms)", "The board pack", "pdf (ms)",
                "docx (ms)", "validation / a bare eAllContents walk", "HTML board pack / its values",
                "PDF board pack / the renderer on it without figures", "command line's start / java -version" }) {
            assertTrue(out.contains(expected), expected + " in:\n" + out);
        }
        assertEquals(4, out.lines().filter(line -> line.matches(".* ms / .* ms = +[0-9.]+")).count(), out);
    }
}
