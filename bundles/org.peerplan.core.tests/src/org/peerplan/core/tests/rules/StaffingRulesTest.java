package org.peerplan.core.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peerplan.core.tests.rules.Expect.none;
import static org.peerplan.core.tests.rules.Expect.one;
import static org.peerplan.core.tests.rules.Expect.says;
import static org.peerplan.core.tests.rules.PlanParts.COACH;
import static org.peerplan.core.tests.rules.PlanParts.SPECIALIST;
import static org.peerplan.core.tests.rules.PlanParts.addDuty;
import static org.peerplan.core.tests.rules.PlanParts.person;
import static org.peerplan.core.tests.rules.PlanParts.program;
import static org.peerplan.core.tests.rules.PlanParts.role;
import static org.peerplan.core.tests.rules.RuleHarness.domain;
import static org.peerplan.core.tests.rules.RuleHarness.example;
import static org.peerplan.core.tests.rules.RuleHarness.execute;
import static org.peerplan.core.tests.rules.RuleHarness.findings;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.Severity;
import org.peerplan.model.AssessmentAnswerValue;
import org.peerplan.model.Duty;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PayPattern;
import org.peerplan.model.PeerRole;
import org.peerplan.model.Person;
import org.peerplan.model.PlanningItemStatus;
import org.peerplan.model.PlanningStatus;

/** R1–R13, the staffing structure and reporting rules, on the example (which passes all but R6) and on mutations. */
class StaffingRulesTest {

    private static final String CRISIS_RESIDENTIAL = "Riverbend House Crisis Residential";

    @ParameterizedTest
    @ValueSource(strings = { "R1", "R2", "R3", "R4", "R5", "R7", "R8", "R9", "R10", "R11", "R12", "R13" })
    void theExamplePasses(String ruleId) {
        none(ruleId, example());
    }

    @Test
    void r1FlagsAProgramWithASinglePeerPosition() {
        ImplementationPlan plan = example();
        role(plan, COACH).setFte(1.0);
        one("R1", plan, Severity.ERROR, program(plan, CRISIS_RESIDENTIAL), CRISIS_RESIDENTIAL, "only one peer position",
                "Peer Recovery Coach, 1.0 FTE");
    }

    @Test
    void r1CountsHoldersAndThePeopleAnFteNeeds() {
        ImplementationPlan plan = example();
        PeerRole coach = role(plan, COACH);
        coach.setFte(1.5);
        none("R1", plan);
        coach.setFte(1.0);
        coach.getHolders().add(person(plan, "Luis Moreno"));
        coach.getHolders().add(person(plan, "Aisha Rahman"));
        none("R1", plan);
        coach.getHolders().clear();
        coach.setFte(0.5);
        PeerRole specialist = role(plan, SPECIALIST);
        specialist.setFte(0.5);
        specialist.setProgram(program(plan, CRISIS_RESIDENTIAL));
        none("R1", plan);
    }

    @Test
    void r2FlagsARoleReportingToSomeoneBelowTheLeadershipTeam() {
        ImplementationPlan plan = example();
        role(plan, SPECIALIST).setReportsTo(person(plan, "Dana Ortiz"));
        one("R2", plan, Severity.ERROR, role(plan, SPECIALIST), "Peer Support Specialist", "Dana Ortiz",
                "not a high-level administrator");
    }

    @Test
    void r2FlagsARoleWithoutReportingLine() {
        ImplementationPlan plan = example();
        role(plan, COACH).setReportsTo(null);
        one("R2", plan, Severity.ERROR, role(plan, COACH), "Peer Recovery Coach", "no reporting line");
    }

    @Test
    void r3WarnsWhenThePeerTeamLeaderHasNoLivedExperience() {
        ImplementationPlan plan = example();
        person(plan, "Tamika Brooks").setPeer(false);
        one("R3", plan, Severity.WARNING, plan.getAgency(), "Tamika Brooks", "ideally", "lived experience");
    }

    @Test
    void r3WarnsWhenNoLeadershipMemberLeadsThePeerTeam() {
        ImplementationPlan plan = example();
        person(plan, "Tamika Brooks").setHighLevelAdministrator(false);
        one("R3", plan, Severity.WARNING, plan.getAgency(), "No leadership-team member leads the peer team");
    }

    @Test
    void r4IsAnErrorBelowTheLivingWage() {
        ImplementationPlan plan = example();
        role(plan, SPECIALIST).setHourlyRate(new BigDecimal("25.00"));
        one("R4", plan, Severity.ERROR, role(plan, SPECIALIST), "Peer Support Specialist", "$25.00",
                "below the living wage of $26.80");
    }

    @Test
    void r4WarnsAtTheEntryLevelRateAndAtTheLowestWage() {
        ImplementationPlan plan = example();
        role(plan, SPECIALIST).setHourlyRate(new BigDecimal("23.00"));
        role(plan, COACH).setPayPattern(PayPattern.LOWEST_IN_ORG);
        List<Finding> findings = findings("R4", plan);
        assertEquals(3, findings.size(), findings::toString);
        assertEquals(List.of(Severity.ERROR, Severity.WARNING, Severity.WARNING),
                findings.stream().map(Finding::severity).toList());
        says(findings.get(0), "Peer Support Specialist", "below the living wage");
        says(findings.get(1), "Peer Support Specialist", "entry-level direct-support rate");
        says(findings.get(2), "Peer Recovery Coach", "the lowest wage in the organization");
    }

    @Test
    void r4WarnsWhenTheLivingWageIsNotRecorded() {
        ImplementationPlan plan = example();
        plan.getAgency().setLivingWageHourly(null);
        one("R4", plan, Severity.WARNING, plan.getAgency(), "living wage is not recorded");
    }

    @Test
    void r5WarnsAboutPayThatIgnoresLivedExperienceAndIsNotBenchmarked() {
        ImplementationPlan plan = example();
        role(plan, COACH).setPayBenchmarked(false);
        role(plan, COACH).setPayRecognizesLivedExperience(false);
        one("R5", plan, Severity.WARNING, role(plan, COACH), "Peer Recovery Coach",
                "does not recognize the value of lived experience", "has not been benchmarked");
    }

    @Test
    void r6FlagsTheExamplesClinicianAsProfessionalDevelopmentSupervisor() {
        ImplementationPlan plan = example();
        one("R6", plan, Severity.ERROR, role(plan, COACH), "Peer Recovery Coach", "Greg Whitfield",
                "has not worked in a peer role");
    }

    @Test
    void r6PassesWithAPeerAsProfessionalDevelopmentSupervisor() {
        ImplementationPlan plan = example();
        role(plan, COACH).setProfessionalDevelopmentSupervisor(person(plan, "Maria Delgado"));
        none("R6", plan);
    }

    @Test
    void r6FlagsMissingSupervisors() {
        ImplementationPlan plan = example();
        role(plan, COACH).setProfessionalDevelopmentSupervisor(null);
        one("R6", plan, Severity.ERROR, role(plan, COACH), "no professional-development supervisor");
        role(plan, COACH).setAdministrativeSupervisor(null);
        one("R6", plan, Severity.ERROR, role(plan, COACH), "Peer Recovery Coach role has no supervisor");
    }

    @Test
    void r7WarnsOnceAboutASupervisorNotTrainedInThePeerRole() {
        ImplementationPlan plan = example();
        person(plan, "Tamika Brooks").setTrainedInPeerRole(false);
        one("R7", plan, Severity.WARNING, person(plan, "Tamika Brooks"), "Tamika Brooks",
                "the Peer Support Specialist and Peer Recovery Coach roles", "not trained in the peer role");
    }

    @Test
    void r8WarnsAboutAPeerSupervisorWithoutSupervisorTraining() {
        ImplementationPlan plan = example();
        person(plan, "Maria Delgado").setPeerSupervisorTraining(false);
        one("R8", plan, Severity.WARNING, person(plan, "Maria Delgado"), "Maria Delgado",
                "the Peer Support Specialist role", "peer-supervisor training", "CPS training does not cover");
    }

    @Test
    void r8LeavesNonPeerSupervisorsAlone() {
        ImplementationPlan plan = example();
        Person greg = person(plan, "Greg Whitfield");
        assertTrue(!greg.isPeer() && !greg.isPeerSupervisorTraining(), "the example's non-peer supervisor");
        none("R8", plan);
    }

    @Test
    void r9RequiresAMastersLevelAdministrativeSupervisorWhenBillingMedicaid() {
        ImplementationPlan plan = example();
        role(plan, SPECIALIST).setAdministrativeSupervisor(person(plan, "Sofia Ramirez"));
        one("R9", plan, Severity.ERROR, role(plan, SPECIALIST), "Medicaid", "Sofia Ramirez",
                "no master's-level mental-health credential");
        plan.getAgency().setBillsMedicaidForPeerServices(false);
        none("R9", plan);
    }

    @Test
    void r9RequiresTheSupervisorToUnderstandPeerValues() {
        ImplementationPlan plan = example();
        person(plan, "Tamika Brooks").setTrainedInPeerRole(false);
        List<Finding> findings = findings("R9", plan);
        assertEquals(List.of(role(plan, SPECIALIST), role(plan, COACH)),
                findings.stream().map(Finding::element).toList());
        findings.forEach(f -> says(f, "Tamika Brooks", "must understand peer values"));
    }

    @Test
    void r10WarnsWhenNoPeerGatheringIsFacilitatedByPeers() {
        ImplementationPlan plan = example();
        plan.getSupervision().getPeerInteraction().forEach(e -> e.setFacilitatedByPeer(false));
        Finding finding = one("R10", plan, Severity.WARNING, plan.getSupervision(), "facilitated by peer staff");
        says(finding, "'" + plan.getSupervision().getPeerInteraction().get(0).getName() + "'");
    }

    @Test
    void r10WarnsWhenThereIsNoPeerInteractionAtAll() {
        ImplementationPlan plan = example();
        plan.getSupervision().getPeerInteraction().clear();
        one("R10", plan, Severity.WARNING, plan.getSupervision(), "no regular peer-to-peer interaction");
    }

    @Test
    void r11WarnsAboutAnAssignedCaseloadAndTheFixDropsIt() {
        ImplementationPlan plan = example();
        PeerRole coach = role(plan, COACH);
        coach.setCaseload(true);
        Finding finding = one("R11", plan, Severity.WARNING, coach, "Peer Recovery Coach", "assigned caseload");
        assertEquals(1, finding.fixes().size());

        EditingDomain domain = domain(plan);
        execute(domain, finding.fixes().get(0).command(domain));
        none("R11", plan);
        domain.getCommandStack().undo();
        assertTrue(coach.isCaseload(), "undo restores the caseload");
        assertEquals(1, findings("R11", plan).size());
    }

    @Test
    void r11WarnsAboutACaseloadDuty() {
        ImplementationPlan plan = example();
        Duty duty = addDuty(role(plan, SPECIALIST), "Carries a caseload of twelve adults", true);
        Finding finding = one("R11", plan, Severity.WARNING, duty, "Carries a caseload", "as a caseload");
        assertTrue(finding.fixes().get(0).label().startsWith("Remove the duty"), finding.fixes().get(0).label());
    }

    @Test
    void r12WarnsAboutAMissingOrOneStepCareerLadder() {
        ImplementationPlan plan = example();
        PeerRole specialist = role(plan, SPECIALIST);
        specialist.getCareerLadder().subList(1, specialist.getCareerLadder().size()).clear();
        one("R12", plan, Severity.WARNING, specialist, "only the step 'Peer Support Specialist'");
        specialist.getCareerLadder().clear();
        one("R12", plan, Severity.WARNING, specialist, "Peer Support Specialist role has no career ladder");
    }

    @Test
    void r13PassesOnEitherPieceOfEvidence() {
        ImplementationPlan plan = example();
        seatsQuestion(plan, AssessmentAnswerValue.NO);
        none("R13", plan);
        seatsQuestion(plan, AssessmentAnswerValue.YES);
        equalPartners(plan).setStatus(PlanningStatus.NOT_STARTED);
        none("R13", plan);
    }

    @Test
    void r13WarnsWhenPeersHaveNoFormalInput() {
        ImplementationPlan plan = example();
        seatsQuestion(plan, AssessmentAnswerValue.NO);
        equalPartners(plan).setStatus(PlanningStatus.NOT_STARTED);
        one("R13", plan, Severity.WARNING, equalPartners(plan), "no formal input", "Q2-6", "WD-1");
    }

    // P1 ---------------------------------------------------------------------------------------------------------

    @Test
    void p1IsQuietWhenEveryPeerAgreedToBeNamedOnARecordedDay() {
        none("P1", example());
    }

    @Test
    void p1NotesAPeerWhoHasNotAgreedAndWhatTheBoardSeesInstead() {
        ImplementationPlan plan = example();
        Person maria = ExampleLookup.get(plan, "person-maria-delgado", Person.class);
        maria.setNamedWithLivedExperience(false);
        one("P1", plan, Severity.INFO, maria, "Maria Delgado, CPSS has lived experience", "call them Peer Supervisor");
    }

    @Test
    void p1WarnsOfAConsentWithoutItsDay() {
        ImplementationPlan plan = example();
        Person tamika = ExampleLookup.get(plan, "person-tamika-brooks", Person.class);
        tamika.setNamingConsentOn(null);
        one("P1", plan, Severity.WARNING, tamika, "does not say when they agreed");
    }

    private static void seatsQuestion(ImplementationPlan plan, AssessmentAnswerValue value) {
        plan.getReadiness().getCompetencies().stream().flatMap(c -> c.getAnswers().stream())
                .filter(a -> a.getQuestion().getCode().equals("Q2-6")).forEach(a -> a.setValue(value));
    }

    private static PlanningItemStatus equalPartners(ImplementationPlan plan) {
        return plan.getPolicyReview().getPlanningItems().stream().filter(p -> p.getItem().getCode().equals("WD-1"))
                .findFirst().orElseThrow();
    }
}
