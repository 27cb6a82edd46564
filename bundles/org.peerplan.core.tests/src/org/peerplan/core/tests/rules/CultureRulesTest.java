package org.peerplan.core.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peerplan.core.tests.rules.ExampleLookup.get;
import static org.peerplan.core.tests.rules.ExampleLookup.none;
import static org.peerplan.core.tests.rules.ExampleLookup.single;
import static org.peerplan.core.tests.rules.RuleHarness.example;
import static org.peerplan.core.tests.rules.RuleHarness.findings;
import static org.peerplan.core.tests.rules.RuleHarness.item;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.Severity;
import org.peerplan.model.Action;
import org.peerplan.model.AssessmentAnswerValue;
import org.peerplan.model.CompetencyAssessment;
import org.peerplan.model.CompetencyRating;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Intervention;
import org.peerplan.model.OutcomeMeasure;
import org.peerplan.model.RiskFactorMapping;
import org.peerplan.model.SupportTrigger;
import org.peerplan.model.Task;
import org.peerplan.model.TrainingSession;
import org.peerplan.model.WellbeingPracticeKind;
import org.peerplan.model.catalog.CompetencyDef;
import org.peerplan.model.catalog.RiskFactorDef;

/** The culture rules R73–R78 on the example, which passes them all, and on plans changed to break them. */
class CultureRulesTest {

    // R73 -------------------------------------------------------------------------------------------------------

    @Test
    void r73PassesWithRecoveryOutcomesDefinedWithPeers() {
        none("R73", example());
    }

    @Test
    void r73FlagsAPlanWithoutRecoveryBasedOutcomes() {
        ImplementationPlan plan = example();
        plan.getOutcomes().forEach(o -> o.setRecoveryBased(false));
        single("R73", plan, Severity.WARNING, plan, "no recovery-based outcomes", "peers");
    }

    @Test
    void r73FlagsAnOutcomeDefinedWithoutPeers() {
        ImplementationPlan plan = example();
        OutcomeMeasure outcome = get(plan, "outcome-community-connection", OutcomeMeasure.class);
        outcome.setDefinedWithPeers(false);
        single("R73", plan, Severity.WARNING, outcome, "Community connection", "not defined with peers");
    }

    // R74 -------------------------------------------------------------------------------------------------------

    @Test
    void r74PassesWhenAllThirteenFactorsAreMapped() {
        none("R74", example());
    }

    @Test
    void r74FlagsAFactorMappedToNothing() {
        ImplementationPlan plan = example();
        RiskFactorMapping mapping = mapping(plan, "PRF-07");
        mapping.getActions().clear();
        mapping.getPolicies().clear();
        single("R74", plan, Severity.WARNING, mapping, "PRF-07 Recognition & Reward", "no agency policy");
    }

    @Test
    void r74FlagsAFactorWithoutMapping() {
        ImplementationPlan plan = example();
        plan.getPolicyReview().getRiskFactors().remove(mapping(plan, "PRF-13"));
        single("R74", plan, Severity.WARNING, plan.getPolicyReview(), "PRF-13 Physical Safety");
    }

    @Test
    void r74AcceptsAFactorMappedToAPolicyOnly() {
        ImplementationPlan plan = example();
        RiskFactorMapping mapping = mapping(plan, "PRF-07");
        mapping.getActions().clear();
        mapping.getPolicies().add(plan.getPolicyReview().getPolicies().get(0));
        none("R74", plan);
    }

    private static RiskFactorMapping mapping(ImplementationPlan plan, String code) {
        RiskFactorDef factor = item(plan, code, RiskFactorDef.class);
        return plan.getPolicyReview().getRiskFactors().stream().filter(m -> m.getFactor() == factor).findFirst()
                .orElseThrow();
    }

    // R75 -------------------------------------------------------------------------------------------------------

    @Test
    void r75PassesWithCompassionFatigueMonitoringAndWorkLifeBalance() {
        none("R75", example());
    }

    @Test
    void r75FlagsMissingCompassionFatigueMonitoring() {
        ImplementationPlan plan = example();
        removePractice(plan, WellbeingPracticeKind.COMPASSION_FATIGUE_MONITORING);
        single("R75", plan, Severity.WARNING, plan.getSupervision(), "compassion-fatigue", "supervision");
    }

    @Test
    void r75FlagsMissingWorkLifeBalance() {
        ImplementationPlan plan = example();
        removePractice(plan, WellbeingPracticeKind.WORK_LIFE_BALANCE);
        single("R75", plan, Severity.WARNING, plan.getSupervision(), "work-life balance");
    }

    private static void removePractice(ImplementationPlan plan, WellbeingPracticeKind kind) {
        plan.getSupervision().getWellbeingPractices().removeIf(p -> p.getKind() == kind);
    }

    // R76 -------------------------------------------------------------------------------------------------------

    @Test
    void r76PassesWithAllElevenCompetenciesRated() {
        none("R76", example());
    }

    @Test
    void r76FlagsTheUnratedConsultantCompetency() {
        ImplementationPlan plan = example();
        CompetencyAssessment infrastructure = assessment(plan, "COMP-08");
        infrastructure.setRating(CompetencyRating.NOT_RATED);
        single("R76", plan, Severity.WARNING, infrastructure, "COMP-08 Infrastructure", "no rating",
                "consultant rates it");
    }

    @Test
    void r76FlagsACompetencyThatIsNotAssessed() {
        ImplementationPlan plan = example();
        plan.getReadiness().getCompetencies().remove(assessment(plan, "COMP-03"));
        single("R76", plan, Severity.WARNING, plan.getReadiness(), "COMP-03 Supportive managers", "not assessed",
                "all 11");
    }

    private static CompetencyAssessment assessment(ImplementationPlan plan, String code) {
        CompetencyDef competency = item(plan, code, CompetencyDef.class);
        return plan.getReadiness().getCompetencies().stream().filter(a -> a.getCompetency() == competency)
                .findFirst().orElseThrow();
    }

    // R77 -------------------------------------------------------------------------------------------------------

    @Test
    void r77PassesWithSupportForAllFourTriggers() {
        none("R77", example());
    }

    @Test
    void r77FlagsEachMissingTrigger() {
        ImplementationPlan plan = example();
        plan.getSupervision().getSupportProvisions().removeIf(p -> p.getTrigger() == SupportTrigger.NEW_HIRE
                || p.getTrigger() == SupportTrigger.ORGANIZATIONAL_CHANGE);
        List<Finding> findings = findings("R77", plan);
        assertEquals(2, findings.size());
        assertEquals(plan.getSupervision(), findings.get(0).element());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("at hire"), findings.get(0).message());
        assertTrue(findings.get(1).message().contains("organizational change"), findings.get(1).message());
    }

    // R78 -------------------------------------------------------------------------------------------------------

    private static final Pattern HANDOFF_WORDS = Pattern.compile("(?i)hand-?offs?|work ?flows?");

    @Test
    void r78PassesWithTheRoleCharterAndClinicianTraining() {
        none("R78", example());
    }

    @Test
    void r78FlagsAPlanThatNeverSpeaksOfHandoffs() {
        ImplementationPlan plan = withoutHandoffs(example());
        single("R78", plan, Severity.WARNING, plan, "no handoffs or workflows", "clinicians");
    }

    @Test
    void r78FindsHandoffsInATaskDeliverable() {
        ImplementationPlan plan = withoutHandoffs(example());
        get(plan, "task-ob-30-2", Task.class).setDeliverable("Signed warm hand-off agreement");
        none("R78", plan);
    }

    @Test
    void r78FlagsAPlanWithoutClinicianEducation() {
        ImplementationPlan plan = withoutClinicianEducation(example());
        single("R78", plan, Severity.WARNING, plan.getTrainingPlan(), "does not educate clinicians");
    }

    @Test
    void r78AcceptsCompetencyQuestionNineElevenAnsweredYes() {
        ImplementationPlan plan = withoutClinicianEducation(example());
        plan.getReadiness().getCompetencies().stream().flatMap(c -> c.getAnswers().stream())
                .filter(a -> a.getQuestion().getCode().equals("Q9-11"))
                .forEach(a -> a.setValue(AssessmentAnswerValue.YES));
        none("R78", plan);
    }

    private static ImplementationPlan withoutHandoffs(ImplementationPlan plan) {
        for (Action action : plan.getActions()) {
            action.setTitle(scrub(action.getTitle()));
            action.setDescription(scrub(action.getDescription()));
        }
        plan.eAllContents().forEachRemaining(object -> {
            if (object instanceof Intervention intervention) {
                intervention.setDescription(scrub(intervention.getDescription()));
            } else if (object instanceof Task task) {
                task.setName(scrub(task.getName()));
                task.setDescription(scrub(task.getDescription()));
                task.setDeliverable(scrub(task.getDeliverable()));
            }
        });
        return plan;
    }

    private static String scrub(String text) {
        return text == null ? null : HANDOFF_WORDS.matcher(text).replaceAll("steps");
    }

    /** Drops the sessions for clinicians and the readiness training; Q9-11 stays PARTLY as in the example. */
    private static ImplementationPlan withoutClinicianEducation(ImplementationPlan plan) {
        for (String id : List.of("session-making-connections", "session-working-in-recovery", "session-readiness")) {
            plan.getTrainingPlan().getSessions().remove(get(plan, id, TrainingSession.class));
        }
        return plan;
    }
}
