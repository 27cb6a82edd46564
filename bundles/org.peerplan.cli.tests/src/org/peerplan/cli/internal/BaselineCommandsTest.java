package org.peerplan.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Task;

/**
 * A consultant's month between board meetings: a baseline set at approval, the plan edited, and compare, status and
 * generate measuring against the baseline.
 */
class BaselineCommandsTest {

    private static final String APPROVAL = "Board approval, May 2027";

    @TempDir
    Path folder;

    private final CommandRun cli = new CommandRun();

    private Path plan;

    @BeforeEach
    void copyTheExample() throws IOException {
        plan = Files.copy(CommandRun.example(), folder.resolve("riverbend.peerplan"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aBaselineIsSetListedAndMadeCurrentInThePlanFile() throws IOException {
        assertEquals(0, cli.run("baseline", plan.toString(), "--name", APPROVAL, "--on", "2027-05-12"), cli.err());
        assertEquals("Set baseline '" + APPROVAL + "' in " + plan + " on May 12, 2027: 69 tasks, 2 budget years, 7 open"
                + " findings; it is the current baseline.\n", cli.out());
        assertEquals(0, cli.run("baseline", plan.toString(), "--name", "Quarter 3 review", "--on", "2027-07-01"));
        assertEquals(0, cli.run("baseline", plan.toString(), "--list"));
        assertTrue(cli.out().matches("(?s)  Board approval, May 2027 +set May 12, 2027, 69 tasks\n\\* Quarter 3 review"
                + " +set Jul 1, 2027, 69 tasks\n"), cli.out());
        assertEquals(0, cli.run("baseline", plan.toString(), "--use", "board approval, may 2027"));
        ImplementationPlan saved = new PlanStore().load(plan);
        assertEquals(APPROVAL, saved.getCurrentBaseline().getName());
        assertEquals(2, saved.getBaselines().size());
        assertTrue(Files.exists(plan.resolveSibling("riverbend.peerplan.bak")), "the version before kept");
        assertEquals(2, cli.run("baseline", plan.toString(), "--use", "Annual meeting"));
        assertTrue(cli.err().contains("has no baseline called 'Annual meeting'; peerplan baseline " + plan
                + " --list names them."), cli.err());
        assertEquals(2, cli.run("baseline", plan.toString()), "one of --name, --list, --use");
    }

    @Test
    void compareAndStatusMeasureAMonthsEditAgainstTheCurrentBaseline() throws IOException {
        assertEquals(0, cli.run("baseline", plan.toString(), "--name", APPROVAL, "--on", "2027-05-12"), cli.err());
        assertEquals(2, cli.run("compare", CommandRun.example().toString(), "--baseline", APPROVAL));
        ImplementationPlan edited = new PlanStore().load(plan);
        Task buyIn = (Task) edited.eResource().getEObject("task-s1-t1");
        buyIn.setDurationDays(buyIn.getDurationDays() + 15);
        buyIn.setName("Board and executive buy-in");
        new PlanStore().save(edited, plan);

        assertEquals(0, cli.run("compare", plan.toString(), "--as-of", "2027-06-30"), cli.err());
        assertTrue(cli.out().startsWith("Riverbend Community Behavioral Health: " + plan + " since baseline '"
                + APPROVAL + "' (set May 12, 2027), "), cli.out());
        assertTrue(cli.out().contains("  renamed   Task 'Get buy-in from the board, the executive director and"
                + " management' is now called 'Board and executive buy-in'.\n"), cli.out());
        assertTrue(cli.out().contains("  moved     'Board and executive buy-in' now ends Apr 9, 2027, 15 working days"
                + " later (was Mar 18, 2027).\n"), cli.out());
        assertTrue(cli.out().contains("\nAction plan\n  overdue   "), cli.out());

        assertEquals(0, cli.run("compare", "--json", plan.toString(), "--baseline", APPROVAL, "--as-of",
                "2027-06-30"));
        List<?> changes = (List<?>) JsonReader.read(cli.out());
        assertTrue(changes.stream().map(c -> (Map<?, ?>) c).anyMatch(c -> "MOVED".equals(c.get("kind"))
                && "task-s1-t1".equals(c.get("id")) && Long.valueOf(15).equals(((Number) c.get("workingDays"))
                        .longValue())), cli.out());

        assertEquals(0, cli.run("status", plan.toString(), "--as-of", "2027-06-30"), cli.err());
        assertTrue(cli.out().startsWith("Riverbend Community Behavioral Health on Jun 30, 2027, against baseline '"
                + APPROVAL + "' (set May 12, 2027): ■ Late\n"), cli.out());
        assertTrue(cli.out().contains("  ■ Late      Early Implementation: Building the Foundation\n              Forecast"
                + " to end Aug 12, 2027, 15 working days after the baseline's Jul 22, 2027.\n"), cli.out());
        assertTrue(cli.out().contains("  ✓ Done      Policy Review and Readiness\n"), cli.out());

        assertEquals(0, cli.run("status", "--json", plan.toString(), "--as-of", "2027-06-30"));
        Map<?, ?> status = (Map<?, ?>) JsonReader.read(cli.out());
        assertEquals(List.of("asOf", "baseline", "overall", "stages"), List.copyOf(status.keySet()));
        assertEquals("LATE", status.get("overall"));
        Map<?, ?> first = (Map<?, ?>) ((List<?>) status.get("stages")).get(0);
        assertEquals(List.of("stage", "status", "forecastFinish", "plannedFinish", "slipWorkingDays", "reason"),
                List.copyOf(first.keySet()));
        assertEquals("2027-08-12", first.get("forecastFinish"));
        assertEquals(15L, ((Number) first.get("slipWorkingDays")).longValue());

        Path pack = folder.resolve("june");
        assertEquals(0, cli.run("generate", plan.toString(), "--format", "html", "--as-of", "2027-06-30", "--out",
                pack.toString()), cli.err());
        String html = Files.readString(pack.resolve("board-pack.html"));
        assertTrue(html.contains("<h1>Since the last board pack</h1>"), "the current baseline opens the pack");
        assertTrue(html.contains("Compared with the baseline “" + APPROVAL + "”, set on May 12, 2027:"), html);
        assertTrue(html.contains("lane-0-span-baseline\""), "the timeline at a glance shows the baseline");
    }

    @Test
    void statusWithoutABaselineMeasuresThePlanAgainstItsOwnSchedule() {
        assertEquals(0, cli.run("status", plan.toString(), "--as-of", "2027-04-30"), cli.err());
        assertTrue(cli.out().startsWith("Riverbend Community Behavioral Health on Apr 30, 2027, against its own schedule"
                + " (no baseline set): "), cli.out());
        assertEquals(2, cli.run("compare", plan.toString()));
        assertTrue(cli.err().contains("has no current baseline to compare with; give an earlier version of the plan"
                + " too, or set one with peerplan baseline " + plan + " --name NAME."), cli.err());
    }
}
