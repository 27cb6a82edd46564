package org.peerplan.core.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peerplan.core.tests.rules.Expect.none;
import static org.peerplan.core.tests.rules.Expect.one;
import static org.peerplan.core.tests.rules.PlanParts.COACH;
import static org.peerplan.core.tests.rules.PlanParts.SPECIALIST;
import static org.peerplan.core.tests.rules.PlanParts.addDuty;
import static org.peerplan.core.tests.rules.PlanParts.duty;
import static org.peerplan.core.tests.rules.PlanParts.role;
import static org.peerplan.core.tests.rules.RuleHarness.domain;
import static org.peerplan.core.tests.rules.RuleHarness.example;
import static org.peerplan.core.tests.rules.RuleHarness.execute;
import static org.peerplan.core.tests.rules.RuleHarness.findings;
import static org.peerplan.core.tests.rules.RuleHarness.item;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.Severity;
import org.peerplan.model.Duty;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerRole;
import org.peerplan.model.catalog.ConflictingDutyDef;

/**
 * R14–R20, the duties that conflict with the peer role, and R21, the misfit duties that need a justification: the
 * keyword matching, the routine-only rules R18 and R20, duties the consultant flagged, and the fix that removes a
 * duty.
 */
class ConflictingDutyRulesTest {

    private static final String MEDICATIONS = "Deliver evening medications";

    @Test
    void r14FlagsTheExamplesMedicationDutyAndTheFixRemovesIt() {
        ImplementationPlan plan = example();
        PeerRole coach = role(plan, COACH);
        Duty medications = duty(coach, MEDICATIONS);
        Finding finding = one("R14", plan, Severity.ERROR, medications, "Peer Recovery Coach", MEDICATIONS,
                "administering medication (CD-01)", "conflicts with the peer role");
        assertEquals(1, finding.fixes().size());
        assertTrue(finding.fixes().get(0).label().contains("Remove the duty '" + MEDICATIONS), finding.fixes().get(0)
                .label());

        EditingDomain domain = domain(plan);
        execute(domain, finding.fixes().get(0).command(domain));
        assertFalse(coach.getDuties().contains(medications));
        none("R14", plan);
        domain.getCommandStack().undo();
        assertTrue(coach.getDuties().contains(medications), "undo puts the duty back");
        assertEquals(1, findings("R14", plan).size());
    }

    @ParameterizedTest
    @ValueSource(strings = { "R15", "R16", "R17", "R18", "R19", "R20" })
    void theExamplePasses(String ruleId) {
        none(ruleId, example());
    }

    @Test
    void r14PassesWithoutTheMedicationDuty() {
        ImplementationPlan plan = example();
        role(plan, COACH).getDuties().remove(duty(role(plan, COACH), MEDICATIONS));
        none("R14", plan);
    }

    /** Each keyword word must begin a word of the duty, in any order and whatever the case. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "R14 | Medications: administers them at bedtime                   | CD-01",
            "R14 | Reports on medication compliance at the morning huddle      | CD-02",
            "R15 | Acts as representative payee for two residents             | CD-03",
            "R16 | Reports back to the team on what residents say              | CD-04",
            "R17 | Writes progress notes after each contact                    | CD-07",
            "R18 | Attends the weekly treatment team meeting                   | CD-08",
            "R19 | Carries commitment paperwork to the county court            | CD-09",
            "R20 | Answers phones at the front desk during lunch               | CD-13" })
    void keywordsFindTheDutyWhateverItsWording(String ruleId, String description, String code) {
        ImplementationPlan plan = mended();
        Duty duty = addDuty(role(plan, SPECIALIST), description, true);
        Finding finding = one(ruleId, plan, severity(ruleId), duty, "Peer Support Specialist", description,
                "(" + code + ")");
        assertEquals(1, finding.fixes().size());
    }

    @ParameterizedTest
    @ValueSource(strings = { "Talks with residents about their own medication choices",
            "Helps people voice concerns to their prescriber", "Shares recovery tools that have helped" })
    void dutiesThatOnlyShareAWordWithAKeywordPass(String description) {
        ImplementationPlan plan = mended();
        addDuty(role(plan, SPECIALIST), description, true);
        for (String ruleId : new String[] { "R14", "R15", "R16", "R17", "R18", "R19", "R20" }) {
            none(ruleId, plan);
        }
    }

    @Test
    void r17ReportsOccasionalDutiesToo() {
        ImplementationPlan plan = mended();
        Duty duty = addDuty(role(plan, SPECIALIST), "Writes progress notes when the clinician is away", false);
        one("R17", plan, Severity.ERROR, duty, "(CD-07)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "R18 | Attends the weekly treatment team meeting",
            "R20 | Answers phones at the front desk during lunch",
            "R20 | Gives rides to appointments when asked (taxi)" })
    void r18AndR20LeaveOccasionalDutiesAlone(String ruleId, String description) {
        ImplementationPlan plan = mended();
        Duty duty = addDuty(role(plan, SPECIALIST), description, false);
        none(ruleId, plan);
        duty.setRoutine(true);
        one(ruleId, plan, Severity.WARNING, duty, description);
    }

    @Test
    void aFlaggedDutyIsReportedWhateverItsWording() {
        ImplementationPlan plan = mended();
        Duty duty = addDuty(role(plan, COACH), "Helps the evening shift with whatever comes up", true);
        none("R14", plan);
        duty.setConflictsWith(item(plan, "CD-02", ConflictingDutyDef.class));
        one("R14", plan, Severity.ERROR, duty, "pushing or reporting medication compliance (CD-02)");
        none("R15", plan);
    }

    @Test
    void r20ReportsTheExamplesFlaggedRideOnlyWhenItBecomesRoutine() {
        ImplementationPlan plan = example();
        Duty rides = duty(role(plan, SPECIALIST), "Accompanies people");
        assertEquals("CD-15", rides.getConflictsWith().getCode());
        none("R20", plan);
        rides.setRoutine(true);
        Finding finding = one("R20", plan, Severity.WARNING, rides, "routine taxi service (CD-15)");

        EditingDomain domain = domain(plan);
        execute(domain, finding.fixes().get(0).command(domain));
        none("R20", plan);
        domain.getCommandStack().undo();
        assertEquals(1, findings("R20", plan).size(), "undo brings the finding back");
    }

    @Test
    void r21PassesOnTheExample() {
        none("R21", example());
    }

    @Test
    void r21WarnsAboutAnOccasionalMisfitDutyWithoutJustificationAndTheFixRemovesIt() {
        ImplementationPlan plan = example();
        PeerRole specialist = role(plan, SPECIALIST);
        Duty rides = duty(specialist, "Accompanies people");
        rides.setJustification(" ");
        Finding finding = one("R21", plan, Severity.WARNING, rides, "Peer Support Specialist", "busy work",
                "CD-15 routine taxi service", "no justification");

        EditingDomain domain = domain(plan);
        execute(domain, finding.fixes().get(0).command(domain));
        assertFalse(specialist.getDuties().contains(rides));
        none("R21", plan);
        domain.getCommandStack().undo();
        assertTrue(specialist.getDuties().contains(rides));
    }

    @Test
    void r21LeavesDutiesTheSpecificRulesReportToThem() {
        ImplementationPlan plan = mended();
        Duty phones = addDuty(role(plan, SPECIALIST), "Answers phones at the front desk", false);
        one("R21", plan, Severity.WARNING, phones, "busy work and power imbalance", "CD-13");
        none("R20", plan);

        phones.setRoutine(true);
        none("R21", plan);
        assertEquals(1, findings("R20", plan).size());

        phones.setRoutine(false);
        phones.setJustification("Only covers the desk when a person asks for a peer by name.");
        none("R21", plan);
    }

    /** The example without its deliberate R14 flaw, so that only the duty a test adds is reported. */
    private static ImplementationPlan mended() {
        ImplementationPlan plan = example();
        role(plan, COACH).getDuties().remove(duty(role(plan, COACH), MEDICATIONS));
        return plan;
    }

    private static Severity severity(String ruleId) {
        return ruleId.equals("R18") || ruleId.equals("R20") ? Severity.WARNING : Severity.ERROR;
    }
}
