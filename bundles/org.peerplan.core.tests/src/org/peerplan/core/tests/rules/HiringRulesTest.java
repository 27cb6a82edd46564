package org.peerplan.core.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peerplan.core.tests.rules.ExampleParts.part;
import static org.peerplan.core.tests.rules.ExampleParts.single;
import static org.peerplan.core.tests.rules.RuleHarness.example;
import static org.peerplan.core.tests.rules.RuleHarness.findings;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.Severity;
import org.peerplan.model.BackgroundCheck;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.InterviewPlan;
import org.peerplan.model.InterviewQuestion;
import org.peerplan.model.InterviewQuestionBank;
import org.peerplan.model.JobDescription;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.PeerRole;
import org.peerplan.model.Responsibility;
import org.peerplan.model.catalog.PopulationServed;

/** The hiring rules R41–R49: the example passes each; mended copies of it break them. */
class HiringRulesTest {

    @ParameterizedTest
    @ValueSource(strings = { "R41", "R42", "R43", "R44", "R45", "R46", "R47", "R48", "R49" })
    void theExamplePasses(String rule) {
        assertEquals(List.of(), findings(rule, example()));
    }

    // R41 -----------------------------------------------------------------------------------------------------------

    @Test
    void r41ListsEveryMissingComponentInOneFinding() {
        ImplementationPlan plan = example();
        JobDescription description = specialist(plan).getJobDescription();
        description.setFunction("Offers peer support to adults. Co-leads recovery groups at the wellness center.");
        description.setSupervisorTitle("Clinical Director");
        description.setEmploymentConditions("");
        description.getResponsibilities().remove(4);
        description.getResponsibilities().remove(3);
        description.getResponsibilities().get(0).getDuties().clear();
        description.getQualifications().move(description.getQualifications().size() - 1, 0);
        single(findings("R41", plan), Severity.ERROR, description, "Peer Support Specialist job description",
                "function takes 2 sentences", "do not name the supervisor's title, Clinical Director",
                "3 core responsibilities, and should have 4 to 6", "'Peer support' lists no specific duties",
                "preferred qualification before a required one", "no employment conditions");
    }

    @Test
    void r41ReadsAnAbbreviationAsPartOfTheSentence() {
        ImplementationPlan plan = example();
        specialist(plan).getJobDescription()
                .setFunction("Works with Dr. Patel's team to offer hope and mutual support to adults who choose it.");
        assertEquals(List.of(), findings("R41", plan));
    }

    @Test
    void r41ReportsTooManyResponsibilitiesAndNoPreferredQualification() {
        ImplementationPlan plan = example();
        JobDescription description = specialist(plan).getJobDescription();
        for (int i = 0; i < 2; i++) {
            Responsibility extra = PeerPlanFactory.eINSTANCE.createResponsibility();
            extra.setArea("Extra area " + i);
            extra.getDuties().add("A specific duty");
            description.getResponsibilities().add(extra);
        }
        description.getQualifications().removeIf(q -> !q.isRequired());
        single(findings("R41", plan), Severity.ERROR, description, "7 core responsibilities",
                "no preferred qualifications");
    }

    // R42 -----------------------------------------------------------------------------------------------------------

    @Test
    void r42ReportsAMissingPopulation() {
        ImplementationPlan plan = example();
        specialist(plan).setPopulation(PopulationServed.UNSPECIFIED);
        single(findings("R42", plan), Severity.ERROR, specialist(plan), "Peer Support Specialist",
                "no population served");
    }

    @Test
    void r42QuotesTheToolkitRequirementWhenTheRoleStatesNone() {
        ImplementationPlan plan = example();
        specialist(plan).setLivedExperienceRequirement(null);
        single(findings("R42", plan), Severity.ERROR, specialist(plan), "no lived-experience requirement",
                "Adult mental-health clients/consumers (18+)", "personally recovered");
    }

    @Test
    void r42NotesTheTransitionAgeYouthConflictUntilTheRoleStatesItsRange() {
        ImplementationPlan plan = example();
        PeerRole specialist = specialist(plan);
        specialist.setPopulation(PopulationServed.TRANSITION_AGE_YOUTH);
        single(findings("R42", plan), Severity.INFO, specialist, "transition-age youth", "16–24", "18 to 24");

        specialist.setLivedExperienceRequirement("Aged 18 to 24, with lived experience of recovery.");
        assertEquals(List.of(), findings("R42", plan));
    }

    // R43 -----------------------------------------------------------------------------------------------------------

    @Test
    void r43ReportsARoleThatAsksOnlyForLivedExperience() {
        ImplementationPlan plan = example();
        PeerRole specialist = specialist(plan);
        specialist.getJobDescription().getQualifications().removeIf(q -> q.isRequired() && !q.isLivedExperience());
        assertEquals(List.of(), findings("R43", plan), "the interview still assesses peer skills");

        specialist.getInterview().getQuestions().removeIf(q -> q.getBank() != InterviewQuestionBank.LIVED_EXPERIENCE);
        single(findings("R43", plan), Severity.ERROR, specialist, "Peer Support Specialist",
                "nothing but lived experience", "necessary but not sufficient");
    }

    // R44 -----------------------------------------------------------------------------------------------------------

    @Test
    void r44ReportsQuestionsTheAdaForbids() {
        ImplementationPlan plan = example();
        InterviewPlan interview = specialist(plan).getInterview();
        InterviewQuestion hospital = question(interview, "Have you ever been hospitalized for your mental health?");
        InterviewQuestion sick = question(interview, "How many sick days did you take in your last job?");
        List<Finding> findings = findings("R44", plan);
        assertEquals(2, findings.size(), () -> findings.toString());
        assertEquals(List.of(hospital, sick), findings.stream().map(Finding::element).toList());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("'hospitaliz'") && findings.get(0).message()
                .contains("Peer Support Specialist interview question"), findings.get(0).message());
        assertTrue(findings.get(1).message().contains("'sick days'"), findings.get(1).message());
    }

    // R45 -----------------------------------------------------------------------------------------------------------

    @Test
    void r45ReportsANarrowPanel() {
        ImplementationPlan plan = example();
        InterviewPlan interview = specialist(plan).getInterview();
        interview.getPanel().removeIf(p -> p.isPeer() || p.isReceivesServices());
        interview.getPanel().removeIf(p -> p.getTitle().startsWith("Program Manager"));
        interview.setPeersWroteQuestions(false);
        single(findings("R45", plan), Severity.WARNING, interview, "draws on 1 position",
                "at least 3", "nobody on it receives services", "no peer worker", "peers did not help write");
    }

    @Test
    void r45ReportsARoleWithoutPanel() {
        ImplementationPlan plan = example();
        specialist(plan).setInterview(null);
        single(findings("R45", plan), Severity.WARNING, specialist(plan), "no interview panel");
    }

    // R46 -----------------------------------------------------------------------------------------------------------

    @Test
    void r46ReportsARationaleAboutTheCandidatesOwnRecovery() {
        ImplementationPlan plan = example();
        specialist(plan).setHiringRationale("We know Sam well, and the job will help his recovery.");
        single(findings("R46", plan), Severity.ERROR, specialist(plan), "candidate's own recovery",
                "no part in hiring");

        specialist(plan).setHiringRationale("Hiring Sam would be good for the applicant's own recovery.");
        assertEquals(1, findings("R46", plan).size());
    }

    @Test
    void r46LeavesRationalesAboutThePeopleServedAlone() {
        ImplementationPlan plan = example();
        specialist(plan).setHiringRationale("Peer roles help people in their own recovery and improve engagement.");
        assertEquals(List.of(), findings("R46", plan));
    }

    // R47, R48 ------------------------------------------------------------------------------------------------------

    @Test
    void r47ReportsARetitledClinicalEmployee() {
        ImplementationPlan plan = example();
        specialist(plan).setFilledByRetitling(true);
        single(findings("R47", plan), Severity.WARNING, specialist(plan), "re-titling", "same job under a new title");
    }

    @Test
    void r48ReportsTooSmallAnApplicantPool() {
        ImplementationPlan plan = example();
        specialist(plan).setMinimumApplicants(2);
        single(findings("R48", plan), Severity.WARNING, specialist(plan), "as few as 2 applicants", "at least 5",
                "unfilled");

        specialist(plan).setMinimumApplicants(0);
        single(findings("R48", plan), Severity.WARNING, specialist(plan), "sets no minimum number of applicants");
    }

    // R49 -----------------------------------------------------------------------------------------------------------

    @Test
    void r49ReportsWhatACaliforniaBackgroundCheckLacks() {
        ImplementationPlan plan = example();
        BackgroundCheck check = specialist(plan).getBackgroundCheck();
        check.setLiveScan(false);
        check.setDmvHistory(false);
        check.setOfferContingent(false);
        single(findings("R49", plan), Severity.ERROR, check, "Peer Support Specialist",
                "Live Scan fingerprinting, a DMV history (the role drives) and an offer contingent on passing it");

        specialist(plan).setDrives(false);
        single(findings("R49", plan), Severity.ERROR, check, "Live Scan fingerprinting and an offer contingent");
    }

    @Test
    void r49ReportsARoleWithoutBackgroundCheck() {
        ImplementationPlan plan = example();
        specialist(plan).setBackgroundCheck(null);
        single(findings("R49", plan), Severity.ERROR, specialist(plan), "no pre-hire background check", "DMV");
    }

    @Test
    void r49AppliesOnlyInCalifornia() {
        ImplementationPlan plan = example();
        specialist(plan).setBackgroundCheck(null);
        plan.getAgency().setState("MA");
        assertEquals(List.of(), findings("R49", plan));
    }

    private static PeerRole specialist(ImplementationPlan plan) {
        return part(plan, "role-peer-support-specialist", PeerRole.class);
    }

    private static InterviewQuestion question(InterviewPlan interview, String text) {
        InterviewQuestion question = PeerPlanFactory.eINSTANCE.createInterviewQuestion();
        question.setText(text);
        question.setBank(InterviewQuestionBank.OTHER);
        interview.getQuestions().add(question);
        return question;
    }
}
