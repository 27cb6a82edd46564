package org.peerplan.core.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.peerplan.core.tests.rules.Expect.none;
import static org.peerplan.core.tests.rules.Expect.one;
import static org.peerplan.core.tests.rules.PlanParts.COACH;
import static org.peerplan.core.tests.rules.PlanParts.SPECIALIST;
import static org.peerplan.core.tests.rules.PlanParts.addDuty;
import static org.peerplan.core.tests.rules.PlanParts.role;
import static org.peerplan.core.tests.rules.RuleHarness.example;
import static org.peerplan.core.tests.rules.RuleHarness.findings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerplan.core.validation.Severity;
import org.peerplan.model.Duty;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.JobDescription;
import org.peerplan.model.PeerRole;
import org.peerplan.model.Qualification;
import org.peerplan.model.Responsibility;

/** R23, clinical and labelling language in job descriptions, and R24, duties worded against self-determination. */
class RoleWordingRulesTest {

    @Test
    void r23PassesOnTheExample() {
        none("R23", example());
    }

    @Test
    void r23WarnsAboutLabellingTermsInTheFunction() {
        ImplementationPlan plan = example();
        JobDescription description = role(plan, SPECIALIST).getJobDescription();
        description.setFunction(description.getFunction() + " It serves people with Mental  Illness who suffer.");
        one("R23", plan, Severity.WARNING, description, "Peer Support Specialist job description",
                "'mental illness' in its function", "recovery-oriented");
    }

    @Test
    void r23NamesEveryTermAndFieldOfOneElementInOneFinding() {
        ImplementationPlan plan = example();
        JobDescription description = role(plan, COACH).getJobDescription();
        Responsibility responsibility = description.getResponsibilities().get(0);
        responsibility.setArea("Patient engagement");
        responsibility.getDuties().add("Welcomes the mentally ill and keeps a case load");
        one("R23", plan, Severity.WARNING, responsibility, "responsibility 'Patient engagement'",
                "Peer Recovery Coach job description", "'patient' in its area",
                "'mentally ill', 'the mentally' and 'case load' in its duties");
    }

    @Test
    void r23ChecksQualificationsDutiesAndTheLivedExperienceRequirement() {
        ImplementationPlan plan = example();
        PeerRole specialist = role(plan, SPECIALIST);
        Qualification qualification = specialist.getJobDescription().getQualifications().get(1);
        qualification.setText("Patience, and experience with psychiatric patients");
        one("R23", plan, Severity.WARNING, qualification, "'patients' in its text");

        qualification.setText("Patience and humour");
        Duty duty = addDuty(specialist, "Keeps a caseload of people who suffers from psychosis", true);
        one("R23", plan, Severity.WARNING, duty, "Peer Support Specialist role's duty",
                "'caseload' and 'suffers from'");

        specialist.getDuties().remove(duty);
        specialist.setLivedExperienceRequirement("Lived experience of mental illness");
        one("R23", plan, Severity.WARNING, specialist, "'mental illness' in its lived experience requirement");
    }

    @ParameterizedTest
    @ValueSource(strings = { "Works at the outpatient clinic and inpatient unit", "Be patiently present",
            "Carries no case loads", "Supports people living with mental health challenges" })
    void r23MatchesWholeWordsOnly(String conditions) {
        ImplementationPlan plan = example();
        JobDescription description = role(plan, SPECIALIST).getJobDescription();
        description.setEmploymentConditions(conditions);
        int expected = conditions.contains("case loads") ? 1 : 0;
        assertEquals(expected, findings("R23", plan).size(), () -> findings("R23", plan).toString());
    }

    @Test
    void r24PassesOnTheExample() {
        none("R24", example());
    }

    @Test
    void r24WarnsAboutADutyThatMakesThePersonComply() {
        ImplementationPlan plan = example();
        Duty duty = addDuty(role(plan, COACH), "Ensure clients comply with their treatment plan", true);
        one("R24", plan, Severity.WARNING, duty, "Peer Recovery Coach role's duty", "'comply' and 'ensure clients'",
                "the person's own choices");
    }

    @Test
    void r24ChecksTheJobDescriptionsDuties() {
        ImplementationPlan plan = example();
        Responsibility responsibility = role(plan, SPECIALIST).getJobDescription().getResponsibilities().get(2);
        responsibility.getDuties().add("Makes sure residents attend their groups");
        one("R24", plan, Severity.WARNING, responsibility, "Peer Support Specialist job description's duty",
                "'makes sure residents'");
    }

    @ParameterizedTest
    @ValueSource(strings = { "Persuades people to stay on their medication", "Pressures residents to join groups",
            "Enforces house rules", "Reports medication adherence" })
    void r24FindsPressureAndEnforcement(String description) {
        ImplementationPlan plan = example();
        Duty duty = addDuty(role(plan, SPECIALIST), description, true);
        one("R24", plan, Severity.WARNING, duty, description);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Stays calm under pressure", "Completes required trainings",
            "Ensures their own continuing education is up to date", "Helps people make sure their voice is heard" })
    void r24LeavesOtherWordingAlone(String description) {
        ImplementationPlan plan = example();
        addDuty(role(plan, SPECIALIST), description, true);
        none("R24", plan);
    }
}
