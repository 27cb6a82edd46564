package org.peerplan.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peerplan.core.briefing.BoardBriefing;
import org.peerplan.core.briefing.BoardBriefing.Decision;
import org.peerplan.core.briefing.BoardBriefing.Option;
import org.peerplan.core.briefing.BoardBriefingBuilder;
import org.peerplan.core.schedule.Scheduler;
import org.peerplan.core.tests.rules.RuleHarness;
import org.peerplan.core.validation.PlanChecker;
import org.peerplan.core.validation.RuleRegistry;
import org.peerplan.model.FunderConstraint;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerPlanFactory;

/** The executive summary's facts: the funders' deadline, decisions with their options, what is coming next. */
class BoardBriefingTest {

    @Test
    void theTightestFunderDeadlineCounts() {
        ImplementationPlan plan = RuleHarness.example();
        FunderConstraint state = PeerPlanFactory.eINSTANCE.createFunderConstraint();
        state.setFunder("State block grant");
        state.setFirstPeerStartBy(LocalDate.of(2027, 9, 30));
        plan.getAgency().getFunderConstraints().add(state);
        assertEquals(new BoardBriefing.Deadline("State block grant", LocalDate.of(2027, 9, 30)),
                briefing(plan).deadline());
        plan.getAgency().getFunderConstraints().clear();
        assertNull(briefing(plan).deadline());
    }

    @Test
    void aHorizonShortOfTheBandAgainstAFundersDeadlineIsAChoiceOfTwo() {
        Decision first = briefing(RuleHarness.example()).decisions().get(0);
        assertEquals("Choose between the funder's deadline and the preparation the readiness quiz calls for",
                first.title());
        assertTrue(first.reason().endsWith("requires a peer working by October 31, 2027."), first.reason());
        assertEquals(List.of("Keep October 4, 2027", "Move the first peer's start to January 4, 2028"),
                first.options().stream().map(Option::choice).toList());
    }

    @Test
    void aPlanThatStartsThePeerAfterTheDeadlineAsksToSettleItWithTheFunder() {
        ImplementationPlan plan = RuleHarness.example();
        plan.getTimeline().setPlanStart(LocalDate.of(2026, 1, 5));
        plan.getTimeline().setFirstPeerStart(LocalDate.of(2027, 11, 15));
        Decision first = briefing(plan).decisions().get(0);
        assertEquals("Settle the first peer's start with the funder", first.title());
        assertTrue(first.reason().contains("after Sacramento County"), first.reason());
        assertEquals(List.of("Start by October 31, 2027", "Keep November 15, 2027"),
                first.options().stream().map(Option::choice).toList());
    }

    @Test
    void nextStepsAreTheComingMilestonesAndTasksNotThoseUnderWay() {
        BoardBriefing briefing = briefing(RuleHarness.example());
        assertTrue(briefing.nextSteps().stream().allMatch(t -> !BoardBriefing.when(t).isBefore(RuleHarness.AS_OF)));
        assertTrue(briefing.nextSteps().stream().noneMatch(t -> t.task().getStatus().getValue() == 1),
                "nothing in progress");
        assertEquals(4, briefing.nextSteps().stream().filter(t -> t.task().isMilestone()).count(),
                "the next four milestones");
        List<LocalDate> days = briefing.nextSteps().stream().map(BoardBriefing::when).toList();
        assertEquals(days.stream().sorted().toList(), days, "by date");
    }

    private static BoardBriefing briefing(ImplementationPlan plan) {
        return new BoardBriefingBuilder(RuleHarness.catalog(plan)).build(plan, new Scheduler().schedule(
                plan.getTimeline()), new PlanChecker(RuleRegistry.all(), RuleHarness.AS_OF).check(plan),
                RuleHarness.AS_OF);
    }
}
