package org.peerplan.core.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peerplan.core.tests.rules.ExampleLookup.get;
import static org.peerplan.core.tests.rules.ExampleLookup.none;
import static org.peerplan.core.tests.rules.ExampleLookup.single;
import static org.peerplan.core.tests.rules.RuleHarness.domain;
import static org.peerplan.core.tests.rules.RuleHarness.example;
import static org.peerplan.core.tests.rules.RuleHarness.execute;
import static org.peerplan.core.tests.rules.RuleHarness.findings;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.Severity;
import org.peerplan.model.Action;
import org.peerplan.model.Cause;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Intervention;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.Risk;
import org.peerplan.model.RootCauseAnalysis;
import org.peerplan.model.RootCauseCategory;
import org.peerplan.model.Task;

/** The root-cause rules R66–R72 on the example, which breaks only R69, and on analyses changed to break them. */
class RootCauseRulesTest {

    private static final PeerPlanFactory MODEL = PeerPlanFactory.eINSTANCE;

    private static final String SKEPTICISM = "rca-clinical-skepticism";

    // R66 -------------------------------------------------------------------------------------------------------

    @Test
    void r66PassesWhenEveryAnalysisSummarizesTheSituation() {
        none("R66", example());
    }

    @Test
    void r66FlagsAnAnalysisWithoutCurrentSituation() {
        ImplementationPlan plan = example();
        RootCauseAnalysis analysis = get(plan, SKEPTICISM, RootCauseAnalysis.class);
        analysis.setCurrentSituation(" \n");
        single("R66", plan, Severity.ERROR, analysis, "Clinical staff skeptical of peer roles", "current situation");
    }

    // R67 -------------------------------------------------------------------------------------------------------

    @Test
    void r67PassesWhenSubCausesShareTheirParentsCategory() {
        none("R67", example());
    }

    @Test
    void r67WarnsAboutASubCauseFiledUnderAnotherCategory() {
        ImplementationPlan plan = example();
        Cause sub = get(plan, "cause-env-1a", Cause.class);
        sub.setCategory(RootCauseCategory.PROCESSES_AND_PROCEDURES);
        single("R67", plan, Severity.WARNING, sub, "evening shifts are regularly short-staffed",
                "(processes and procedures)", "Vacancies and heavy workloads", "under environment",
                "exactly one category");
    }

    @Test
    void r67CannotSeeAMissingCategoryBecauseTheModelAlwaysHoldsOne() {
        Cause cause = MODEL.createCause();
        cause.setCategory(null);
        assertEquals(RootCauseCategory.ENVIRONMENT, cause.getCategory(), "a null category becomes the default");
    }

    // R68 -------------------------------------------------------------------------------------------------------

    @Test
    void r68PassesWhenEveryMajorCauseHasAWhy() {
        none("R68", example());
    }

    @Test
    void r68FlagsAMajorCauseWithoutWhyAndTheFixAddsOne() {
        ImplementationPlan plan = example();
        Cause cause = get(plan, "cause-env-2", Cause.class);
        cause.getWhys().clear();
        Finding finding = single("R68", plan, Severity.ERROR, cause, "county contract requirement", "(environment)",
                "Clinical staff skeptical of peer roles", "why");
        assertEquals(1, finding.fixes().size());
        assertTrue(finding.fixes().get(0).label().startsWith("Add a why"), finding.fixes().get(0).label());

        EditingDomain domain = domain(plan);
        execute(domain, finding.fixes().get(0).command(domain));
        assertEquals(1, cause.getWhys().size());
        assertTrue(cause.getWhys().get(0).getText().contains("Replace this text"), cause.getWhys().get(0).getText());
        none("R68", plan);
        domain.getCommandStack().undo();
        assertEquals(0, cause.getWhys().size());
        assertEquals(1, findings("R68", plan).size(), "undo brings the finding back");
    }

    @Test
    void r68DoesNotCountBlankWhys() {
        ImplementationPlan plan = example();
        Cause cause = get(plan, "cause-env-2", Cause.class);
        cause.getWhys().forEach(w -> w.setText(""));
        single("R68", plan, Severity.ERROR, cause, "county contract requirement");
    }

    @Test
    void r68AsksNoWhyOfSubCauses() {
        ImplementationPlan plan = example();
        get(plan, "cause-env-1a", Cause.class).getWhys().clear();
        none("R68", plan);
    }

    // R69 -------------------------------------------------------------------------------------------------------

    @Test
    void r69FlagsTheCauseWithoutActionAndTheFixCreatesOne() {
        ImplementationPlan plan = example();
        Cause cause = get(plan, "cause-ppl-2", Cause.class);
        Finding finding = single("R69", plan, Severity.ERROR, cause, "Some clinicians fear peer staff will replace"
                + " counselor positions", "(people)", "Clinical staff skeptical of peer roles",
                "no proposed action or intervention");
        assertEquals(1, finding.fixes().size());
        assertTrue(finding.fixes().get(0).label().startsWith("Create an action"), finding.fixes().get(0).label());

        int actions = plan.getActions().size();
        EditingDomain domain = domain(plan);
        execute(domain, finding.fixes().get(0).command(domain));
        assertEquals(actions + 1, plan.getActions().size());
        Action created = plan.getActions().get(actions);
        assertTrue(created.getAddresses().contains(cause));
        assertEquals(1, cause.getInterventions().size());
        assertEquals(created, cause.getInterventions().get(0).getActions().get(0));
        none("R69", plan);

        domain.getCommandStack().undo();
        assertEquals(actions, plan.getActions().size());
        assertEquals(0, cause.getInterventions().size());
        assertEquals(1, findings("R69", plan).size(), "undo brings the finding back");
    }

    @Test
    void r69PassesWhenAnActionAddressesTheCause() {
        ImplementationPlan plan = example();
        get(plan, "action-01", Action.class).getAddresses().add(get(plan, "cause-ppl-2", Cause.class));
        none("R69", plan);
    }

    @Test
    void r69PassesWhenTheCauseHasAnIntervention() {
        ImplementationPlan plan = example();
        Intervention intervention = MODEL.createIntervention();
        intervention.setDescription("State in writing that peer positions are new, separately funded positions.");
        get(plan, "cause-ppl-2", Cause.class).getInterventions().add(intervention);
        none("R69", plan);
    }

    @Test
    void r69FlagsASubCauseWithoutAction() {
        ImplementationPlan plan = example();
        get(plan, "action-01", Action.class).getAddresses().add(get(plan, "cause-ppl-2", Cause.class));
        Cause sub = get(plan, "cause-pol-1a", Cause.class);
        sub.getInterventions().clear();
        get(plan, "action-20", Action.class).getAddresses().remove(sub);
        single("R69", plan, Severity.ERROR, sub, "No protection for staff who raise concerns", "(policies)");
    }

    // R70 -------------------------------------------------------------------------------------------------------

    @Test
    void r70PassesWhenEveryActionHasAReason() {
        none("R70", example());
    }

    @Test
    void r70FlagsAnActionLinkedToNothing() {
        ImplementationPlan plan = example();
        Action action = action(plan, "Pizza lunch for the clinical team");
        single("R70", plan, Severity.WARNING, action, "Pizza lunch for the clinical team", "may address a symptom");
    }

    @Test
    void r70AcceptsAnActionThatATaskCarriesOut() {
        ImplementationPlan plan = example();
        action(plan, "Pizza lunch for the clinical team").getTasks().add(get(plan, "task-ob-30-2", Task.class));
        none("R70", plan);
    }

    @Test
    void r70AcceptsAnActionThatMitigatesARisk() {
        ImplementationPlan plan = example();
        Action action = action(plan, "Shift coverage pool");
        get(plan, "risk-03", Risk.class).getActions().add(action);
        none("R70", plan);
    }

    @Test
    void r70AcceptsAnActionThatAnInterventionLists() {
        ImplementationPlan plan = example();
        Action action = action(plan, "Written statement on funding of peer positions");
        Intervention intervention = MODEL.createIntervention();
        intervention.setDescription("Say in writing that peer positions are new funding.");
        intervention.getActions().add(action);
        get(plan, "cause-ppl-2", Cause.class).getInterventions().add(intervention);
        none("R70", plan);
    }

    private static Action action(ImplementationPlan plan, String title) {
        Action action = MODEL.createAction();
        action.setTitle(title);
        plan.getActions().add(action);
        return action;
    }

    // R71 -------------------------------------------------------------------------------------------------------

    @Test
    void r71PassesWhenInterventionActionsHaveOwnersAndDates() {
        none("R71", example());
    }

    @Test
    void r71FlagsAnInterventionWithoutAction() {
        ImplementationPlan plan = example();
        Intervention intervention = get(plan, "cause-env-2", Cause.class).getInterventions().get(0);
        intervention.getActions().clear();
        single("R71", plan, Severity.WARNING, intervention, "Board and executive team learn about peer support",
                "county contract requirement", "not in the action list");
    }

    @Test
    void r71FlagsAnInterventionActionWithoutOwner() {
        ImplementationPlan plan = example();
        get(plan, "action-01", Action.class).setOwner(null);
        Intervention intervention = get(plan, "cause-env-2", Cause.class).getInterventions().get(0);
        single("R71", plan, Severity.WARNING, intervention, "Education series on peer support", "has no owner");
    }

    @Test
    void r71FlagsAnInterventionActionWithoutOwnerOrDate() {
        ImplementationPlan plan = example();
        Action action = get(plan, "action-01", Action.class);
        action.setOwner(null);
        action.setDue(null);
        single("R71", plan, Severity.WARNING, get(plan, "cause-env-2", Cause.class).getInterventions().get(0),
                "neither an owner nor a due date");
    }

    // R72 -------------------------------------------------------------------------------------------------------

    @Test
    void r72IsSilentWhenEveryAnalysisUsesAllFourCategories() {
        none("R72", example());
    }

    @Test
    void r72InformsAboutAnEmptyCategory() {
        ImplementationPlan plan = example();
        RootCauseAnalysis analysis = get(plan, SKEPTICISM, RootCauseAnalysis.class);
        analysis.getCauses().remove(get(plan, "cause-proc-1", Cause.class));
        single("R72", plan, Severity.INFO, analysis, "Clinical staff skeptical of peer roles",
                "no cause under processes and procedures");
    }

    @Test
    void r72CountsSubCausesTowardsTheirCategory() {
        ImplementationPlan plan = example();
        RootCauseAnalysis analysis = get(plan, SKEPTICISM, RootCauseAnalysis.class);
        Cause process = get(plan, "cause-proc-1", Cause.class);
        analysis.getCauses().remove(process);
        get(plan, "cause-pol-1", Cause.class).getSubCauses().add(process);
        none("R72", plan);
    }
}
