package org.peerplan.core.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.peerplan.core.tests.rules.ExampleParts.part;
import static org.peerplan.core.tests.rules.ExampleParts.single;
import static org.peerplan.core.tests.rules.RuleHarness.example;
import static org.peerplan.core.tests.rules.RuleHarness.findings;
import static org.peerplan.core.tests.rules.RuleHarness.item;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerplan.core.validation.Severity;
import org.peerplan.model.AdvisoryBoard;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.MotivationAnswer;
import org.peerplan.model.QuizAnswerValue;
import org.peerplan.model.Respondent;
import org.peerplan.model.RiskKind;
import org.peerplan.model.Task;
import org.peerplan.model.TaskStatus;
import org.peerplan.model.TrainingSession;
import org.peerplan.model.catalog.ChecklistItemDef;
import org.peerplan.model.catalog.QuizItemDef;

/** The foundation rules R26, R29–R32 and R38–R40: the example passes each, and each mended plan breaks one. */
class FoundationRulesTest {

    @ParameterizedTest
    @ValueSource(strings = { "R26", "R29", "R30", "R31", "R32", "R38", "R39", "R40" })
    void theExamplePasses(String rule) {
        assertEquals(List.of(), findings(rule, example()));
    }

    // R26 -----------------------------------------------------------------------------------------------------------

    @Test
    void r26ReportsTheItemsARespondentLeftOpen() {
        ImplementationPlan plan = example();
        Respondent patel = plan.getReadiness().getRespondents().get(0);
        QuizItemDef tq3 = item(plan, "TQ-3", QuizItemDef.class);
        patel.getAnswers().removeIf(a -> a.getItem() == tq3);
        patel.getAnswers().stream().filter(a -> a.getItem().getCode().equals("TQ-7"))
                .forEach(a -> a.setValue(QuizAnswerValue.UNANSWERED));
        single(findings("R26", plan), Severity.ERROR, patel, "Dr. Raj Patel", "2 of the 10", "TQ-3 and TQ-7",
                "not True");
    }

    @Test
    void r26NotesAQuizNobodyAnswered() {
        ImplementationPlan plan = example();
        plan.getReadiness().getRespondents().clear();
        single(findings("R26", plan), Severity.INFO, plan.getReadiness(), "Nobody has answered");
    }

    // R29 -----------------------------------------------------------------------------------------------------------

    @Test
    void r29ReportsAStruggleAndABlankAnswer() {
        ImplementationPlan plan = example();
        motivation(plan, "MSA-2").setStruggled(true);
        motivation(plan, "MSA-5").setAnswer(" ");
        single(findings("R29", plan), Severity.WARNING, plan.getReadiness(), "1 question is unanswered (MSA-5)",
                "1 answer is marked as a struggle (MSA-2)", "Gather more information");
    }

    @Test
    void r29ReportsConcernsThatOutweighTheMotivationAsPeerPlansReading() {
        ImplementationPlan plan = example();
        motivation(plan, "MSA-4").setAnswer("worry ".repeat(400));
        single(findings("R29", plan), Severity.WARNING, plan.getReadiness(), "concerns (MSA-4..6)",
                "PeerPlan's reading", "1.5 times");
    }

    // R30 -----------------------------------------------------------------------------------------------------------

    @Test
    void r30ReportsBuyInThatFinishesAfterRecruitmentStarts() {
        ImplementationPlan plan = example();
        Task buyIn = part(plan, "task-s1-t1", Task.class);
        buyIn.setDurationDays(60);
        single(findings("R30", plan), Severity.WARNING, buyIn, "finishes on 2027-05-28",
                "recruitment starts on 2027-04-29", "Check the ads for ADA compliance");
    }

    @Test
    void r30ReportsAMissingEducationSession() {
        ImplementationPlan plan = example();
        part(plan, "task-s1-t2", Task.class).setStatus(TaskStatus.CANCELLED);
        single(findings("R30", plan), Severity.WARNING, plan.getTimeline(), "education session", "S1-T2",
                "peer educators");
    }

    // R31 -----------------------------------------------------------------------------------------------------------

    @Test
    void r31CountsSupervisorsOfPeersAsChampions() {
        ImplementationPlan plan = example();
        plan.getAgency().getPeople().forEach(p -> p.setChampion(false));
        assertEquals(List.of(), findings("R31", plan), "the peers' supervisors work at two levels");
    }

    @Test
    void r31ReportsAPlanWithoutChampions() {
        ImplementationPlan plan = withoutRoles(example());
        plan.getAgency().getPeople().forEach(p -> p.setChampion(false));
        single(findings("R31", plan), Severity.WARNING, plan.getAgency(), "no champion", "ideally two");
    }

    @Test
    void r31ReportsASingleChampion() {
        ImplementationPlan plan = withoutRoles(example());
        plan.getAgency().getPeople().forEach(p -> p.setChampion(p.getName().equals("Elena Vasquez")));
        single(findings("R31", plan), Severity.WARNING, plan.getAgency(), "Only one champion", "Elena Vasquez");
    }

    @Test
    void r31ReportsChampionsAllAtOneLevel() {
        ImplementationPlan plan = withoutRoles(example());
        plan.getAgency().getPeople().forEach(p -> p.setChampion(p.getTitle().startsWith("Program Manager")));
        single(findings("R31", plan), Severity.WARNING, plan.getAgency(), "Dana Ortiz, LCSW and Greg Whitfield",
                "at the manager level");
    }

    // R32 -----------------------------------------------------------------------------------------------------------

    @Test
    void r32ReportsElementsTheReadinessTrainingLeavesOut() {
        ImplementationPlan plan = example();
        Task training = part(plan, "task-s1-t6", Task.class);
        TrainingSession session = part(plan, "session-readiness", TrainingSession.class);
        for (String code : List.of("RT-b", "RT-d")) {
            ChecklistItemDef element = item(plan, code, ChecklistItemDef.class);
            training.getCovers().remove(element);
            session.getCovers().remove(element);
        }
        single(findings("R32", plan), Severity.WARNING, training, "does not cover", "RT-b Non-disclosing colleagues",
                "RT-d Open and closed forums", "on 2027-05-19");
    }

    @Test
    void r32ReportsReadinessTrainingAfterTheFirstPeerStarts() {
        ImplementationPlan plan = example();
        plan.getTimeline().setFirstPeerStart(LocalDate.of(2027, 5, 1));
        single(findings("R32", plan), Severity.WARNING, part(plan, "task-s1-t6", Task.class),
                "not dated before the first peer starts on 2027-05-01", "ending 2027-06-21", "on 2027-05-19");
    }

    @Test
    void r32ReportsAPlanWithoutReadinessTraining() {
        ImplementationPlan plan = example();
        part(plan, "task-s1-t6", Task.class).setStatus(TaskStatus.CANCELLED);
        part(plan, "session-readiness", TrainingSession.class).getCovers().clear();
        single(findings("R32", plan), Severity.WARNING, plan.getTrainingPlan(), "No staff readiness training",
                "RT-a..RT-e");
    }

    @Test
    void r32AcceptsTheElementsSpreadOverSeveralEvents() {
        ImplementationPlan plan = example();
        Task training = part(plan, "task-s1-t6", Task.class);
        TrainingSession session = part(plan, "session-readiness", TrainingSession.class);
        training.getCovers().removeIf(e -> e.getCode().compareTo("RT-c") < 0);
        session.getCovers().removeIf(e -> e.getCode().compareTo("RT-c") >= 0);
        assertEquals(List.of(), findings("R32", plan));
    }

    // R38 -----------------------------------------------------------------------------------------------------------

    @Test
    void r38ReportsAMissingDecision() {
        ImplementationPlan plan = example();
        plan.getDecisions().clear();
        single(findings("R38", plan), Severity.WARNING, plan, "no decision on hiring people who receive services");
    }

    @Test
    void r38ReportsTheWorriesTheSafeguardsLeaveOpen() {
        ImplementationPlan plan = example();
        plan.getDecisions().get(0).setSafeguards("Privacy: the new employee's own record is locked in the EHR.");
        single(findings("R38", plan), Severity.WARNING, plan.getDecisions().get(0),
                "'Hiring people who currently receive services at Riverbend'",
                "no safeguards for dual relationships and advocacy");
    }

    // R39 -----------------------------------------------------------------------------------------------------------

    @Test
    void r39ReportsABoardWithOnlyOneMemberWhoReceivesServices() {
        ImplementationPlan plan = example();
        AdvisoryBoard board = plan.getAgency().getAdvisoryBoard();
        board.setServiceUserMembers(1);
        board.getMembers().removeIf(p -> p.getName().equals("Grace Thompson"));
        single(findings("R39", plan), Severity.WARNING, board, "Peer Integration Advisory Board",
                "only one member who receives services", "at least 2");
    }

    @Test
    void r39CountsNamedMembersWhoReceiveServices() {
        ImplementationPlan plan = example();
        plan.getAgency().getAdvisoryBoard().setServiceUserMembers(0);
        assertEquals(List.of(), findings("R39", plan), "two named members receive services");
    }

    @Test
    void r39ReportsAnAgencyWithoutAdvisoryBoard() {
        ImplementationPlan plan = example();
        plan.getAgency().setAdvisoryBoard(null);
        single(findings("R39", plan), Severity.WARNING, plan.getAgency(), "no advisory board");
    }

    // R40 -----------------------------------------------------------------------------------------------------------

    @Test
    void r40ReportsARegisterWithoutTension() {
        ImplementationPlan plan = example();
        plan.getRisks().forEach(r -> r.setKind(RiskKind.RISK));
        single(findings("R40", plan), Severity.WARNING, plan, "anticipates no tension", "red flag");
    }

    @Test
    void r40ReportsAPlanWithoutRegister() {
        ImplementationPlan plan = example();
        plan.getRisks().clear();
        single(findings("R40", plan), Severity.WARNING, plan, "no risk or tension register");
    }

    private static MotivationAnswer motivation(ImplementationPlan plan, String code) {
        return plan.getReadiness().getMotivation().stream().filter(a -> a.getQuestion().getCode().equals(code))
                .findFirst().orElseThrow();
    }

    /** Without roles, nobody counts as a champion for supervising peers. */
    private static ImplementationPlan withoutRoles(ImplementationPlan plan) {
        plan.getRoles().clear();
        return plan;
    }
}
