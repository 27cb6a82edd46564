package org.peerplan.core.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peerplan.core.tests.rules.ExampleParts.part;
import static org.peerplan.core.tests.rules.ExampleParts.single;
import static org.peerplan.core.tests.rules.RuleHarness.domain;
import static org.peerplan.core.tests.rules.RuleHarness.example;
import static org.peerplan.core.tests.rules.RuleHarness.execute;
import static org.peerplan.core.tests.rules.RuleHarness.findings;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.Severity;
import org.peerplan.model.Action;
import org.peerplan.model.ActionStatus;
import org.peerplan.model.FindingStatus;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.JobDescription;
import org.peerplan.model.PeerRole;
import org.peerplan.model.Policy;
import org.peerplan.model.PolicyFinding;
import org.peerplan.model.Task;
import org.peerplan.model.TaskStatus;

/** The policy-review and recruitment-readiness rules R33–R37: the example passes each; mended plans break them. */
class PolicyReviewRulesTest {

    @ParameterizedTest
    @ValueSource(strings = { "R33", "R34", "R35", "R36", "R37" })
    void theExamplePasses(String rule) {
        assertEquals(List.of(), findings(rule, example()));
    }

    // R33 -----------------------------------------------------------------------------------------------------------

    @Test
    void r33ReportsARemedyDueAfterTheFirstPeerStarts() {
        ImplementationPlan plan = example();
        part(plan, "action-06", Action.class).setDue(LocalDate.of(2027, 11, 15));
        single(findings("R33", plan), Severity.WARNING, part(plan, "finding-pr-1b", PolicyFinding.class),
                "PR-1b (Dignity of risk and self-directed care) is marked needs revision",
                "'Revise Riverbend House rules with residents and the advisory board' (due 2027-11-15)",
                "before the first peer starts on 2027-10-04");
    }

    @Test
    void r33ReportsARecoveryFindingNoActionResolves() {
        ImplementationPlan plan = example();
        PolicyFinding documentation = part(plan, "finding-pr-1c", PolicyFinding.class);
        plan.getActions().forEach(a -> a.getFindings().remove(documentation));
        single(findings("R33", plan), Severity.WARNING, documentation, "PR-1c", "marked barrier",
                "no action resolves it", "introduce recovery");
    }

    @Test
    void r33AcceptsAnAlignedFindingOrADoneAction() {
        ImplementationPlan plan = example();
        Action houseRules = part(plan, "action-06", Action.class);
        houseRules.setDue(LocalDate.of(2027, 11, 15));
        houseRules.setStatus(ActionStatus.DONE);
        assertEquals(List.of(), findings("R33", plan), "a done action settles the finding whatever its due date");

        houseRules.setStatus(ActionStatus.PLANNED);
        part(plan, "finding-pr-1b", PolicyFinding.class).setStatus(FindingStatus.ALIGNED);
        assertEquals(List.of(), findings("R33", plan), "an aligned finding needs no action");
    }

    // R34 -----------------------------------------------------------------------------------------------------------

    @Test
    void r34ReportsItemsNotYetReviewed() {
        ImplementationPlan plan = example();
        part(plan, "finding-pr-2b", PolicyFinding.class).setStatus(FindingStatus.NOT_REVIEWED);
        plan.getPolicyReview().getFindings().remove(part(plan, "finding-pr-3", PolicyFinding.class));
        single(findings("R34", plan), Severity.WARNING, plan.getPolicyReview(), "incomplete",
                "PR-2B and PR-3 have not been reviewed");
    }

    @Test
    void r34ReportsABarrierWithoutActionOrAnalysis() {
        ImplementationPlan plan = example();
        PolicyFinding jobDescription = part(plan, "finding-pr-2a-3", PolicyFinding.class);
        jobDescription.setStatus(FindingStatus.BARRIER);
        single(findings("R34", plan), Severity.WARNING, jobDescription, "PR-2A-3 (Clear job description)",
                "marked barrier", "no action resolves it and no root-cause analysis");
    }

    @Test
    void r34AcceptsAFindingThatOnlyARootCauseAnalysisTakesUp() {
        ImplementationPlan plan = example();
        PolicyFinding houseRules = part(plan, "finding-pr-1b", PolicyFinding.class);
        plan.getActions().forEach(a -> a.getFindings().remove(houseRules));
        assertEquals(List.of(), findings("R34", plan));
    }

    // R35 -----------------------------------------------------------------------------------------------------------

    @Test
    void r35ReportsAJobDescriptionApprovedAfterRecruitmentStarts() {
        ImplementationPlan plan = example();
        JobDescription description = part(plan, "role-peer-support-specialist", PeerRole.class).getJobDescription();
        description.setApprovedOn(LocalDate.of(2027, 5, 10));
        single(findings("R35", plan), Severity.ERROR, description, "Peer Support Specialist",
                "approved on 2027-05-10", "recruitment starts on 2027-04-29");
    }

    @Test
    void r35FallsBackOnTheApprovalTaskAndComparesWithTheRecruitmentSchedule() {
        ImplementationPlan plan = example();
        plan.getRoles().forEach(r -> r.getJobDescription().setApprovedOn(null));
        assertEquals(List.of(), findings("R35", plan), "the review task finishes on 2027-04-27");

        part(plan, "task-rc-s2", Task.class).getDependsOn().clear();
        List<Finding> findings = findings("R35", plan);
        assertEquals(2, findings.size(), () -> findings.toString());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        for (Finding finding : findings) {
            assertTrue(finding.message().contains("the task 'Review by Maria Delgado and the advisory board' finishes"
                    + " on 2027-04-27, after recruitment starts on 2027-01-04"), finding.message());
        }
    }

    @Test
    void r35ReportsARoleWithoutJobDescriptionOrApproval() {
        ImplementationPlan plan = example();
        PeerRole specialist = part(plan, "role-peer-support-specialist", PeerRole.class);
        specialist.setJobDescription(null);
        single(findings("R35", plan), Severity.ERROR, specialist,
                "Peer Support Specialist role has no job description");

        plan = example();
        JobDescription coach = part(plan, "role-peer-recovery-coach", PeerRole.class).getJobDescription();
        plan.getRoles().forEach(r -> r.getJobDescription().setApprovedOn(null));
        plan.getRoles().remove(part(plan, "role-peer-support-specialist", PeerRole.class));
        part(plan, "task-jd-s4", Task.class).setStatus(TaskStatus.CANCELLED);
        single(findings("R35", plan), Severity.ERROR, coach, "Peer Recovery Coach", "no approval date", "JD-S4");
    }

    // R36 -----------------------------------------------------------------------------------------------------------

    @Test
    void r36ReportsAnHrItemWithoutAction() {
        ImplementationPlan plan = example();
        PolicyFinding benefits = part(plan, "finding-pr-2b", PolicyFinding.class);
        part(plan, "action-10", Action.class).getFindings().remove(benefits);
        single(findings("R36", plan), Severity.WARNING, benefits, "PR-2B (Social Security benefits advice)",
                "marked barrier", "no action resolves it");

        benefits.setStatus(FindingStatus.ALIGNED);
        assertEquals(List.of(), findings("R36", plan));
    }

    @Test
    void r36DoesNotCountACancelledAction() {
        ImplementationPlan plan = example();
        part(plan, "action-10", Action.class).setStatus(ActionStatus.CANCELLED);
        single(findings("R36", plan), Severity.WARNING, part(plan, "finding-pr-2b", PolicyFinding.class), "PR-2B");
    }

    // R37 -----------------------------------------------------------------------------------------------------------

    @Test
    void r37ReportsAPeerOnlyPolicyAndItsFixAppliesItToEveryone() {
        ImplementationPlan plan = example();
        Policy boundaries = part(plan, "policy-boundaries", Policy.class);
        boundaries.setPeerRolesOnly(true);
        Finding finding = single(findings("R37", plan), Severity.WARNING, boundaries,
                "'Professional Boundaries, Dual Relationships and Self-Disclosure'", "peer roles only",
                "across all positions");
        assertEquals(1, finding.fixes().size());

        EditingDomain domain = domain(plan);
        execute(domain, finding.fixes().get(0).command(domain));
        assertEquals(List.of(), findings("R37", plan));
        domain.getCommandStack().undo();
        assertEquals(1, findings("R37", plan).size(), "undo brings the finding back");
    }
}
