package org.peerplan.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.PlanChecker;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.RuleRegistry;
import org.peerplan.core.validation.RuleTitles;
import org.peerplan.core.validation.ValidationReport;
import org.peerplan.core.validation.Severity;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.Respondent;
import org.peerplan.model.RuleWaiver;

/** Structural checks name the element in the consultant's words. */
class PlanCheckerTest {

    @Test
    void everyRuleHasATitleInWordsAndNoTitleIsLeftOver() throws IOException {
        Set<String> ids = new TreeSet<>();
        for (Rule rule : RuleRegistry.all()) {
            ids.add(rule.id());
            assertFalse(rule.title().equals(rule.id()) || rule.title().matches(".*\\bR\\d+\\b.*"),
                    () -> rule.id() + " has no title in words: " + rule.title());
            assertTrue(rule.title().length() <= 64, () -> rule.id() + "'s title is too long for a diagram box");
        }
        ids.add(PlanChecker.STRUCTURE);
        Properties titles = new Properties();
        try (InputStream in = Rule.class.getResourceAsStream("rule-titles.properties")) {
            titles.load(in);
        }
        assertEquals(ids, new TreeSet<>(titles.stringPropertyNames()), "one title per rule");
        assertEquals("R99", RuleTitles.of("R99"), "an id the catalog does not know is shown as it is");
    }

    @Test
    void exampleIsStructurallySound() throws IOException {
        ImplementationPlan plan = new PlanStore().load(Plans.example());
        List<Finding> findings = new PlanChecker().check(plan).findings().stream()
                .filter(f -> f.ruleId().equals(PlanChecker.STRUCTURE)).toList();
        assertTrue(findings.isEmpty(), () -> "structural findings in the example: " + findings);
    }

    @Test
    void aRespondentWithoutAPersonIsAnError() throws IOException {
        ImplementationPlan plan = new PlanStore().load(Plans.example());
        Respondent respondent = PeerPlanFactory.eINSTANCE.createRespondent();
        plan.getReadiness().getRespondents().add(respondent);

        List<Finding> findings = new PlanChecker().check(plan).findings().stream()
                .filter(f -> f.ruleId().equals(PlanChecker.STRUCTURE)).toList();
        assertEquals(1, findings.size(), () -> findings.toString());
        Finding finding = findings.get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(PlanChecker.STRUCTURE, finding.ruleId());
        assertEquals(respondent, finding.element());
        assertTrue(finding.message().contains("'person'") && finding.message().contains("'respondent'"),
                finding.message());
    }

    @Test
    void aWaivedRuleIsSkippedAndListedWithItsReason() throws IOException {
        ImplementationPlan plan = new PlanStore().load(Plans.example());
        RuleWaiver waiver = PeerPlanFactory.eINSTANCE.createRuleWaiver();
        waiver.setRuleId("R25");
        waiver.setReason("The board accepted a nine-month horizon with county technical assistance.");
        waiver.setWaivedBy("Board of Directors");
        plan.getRuleWaivers().add(waiver);

        ValidationReport report = new PlanChecker(RuleRegistry.all(), LocalDate.of(2027, 4, 30)).check(plan);
        assertTrue(report.findings().stream().noneMatch(f -> f.ruleId().equals("R25")), report.findings().toString());
        assertEquals(List.of(waiver), report.waivers());
        assertEquals(RuleRegistry.all().size() - 1, report.rulesChecked());
    }

    @Test
    void californiaRulesApplyOnlyToCaliforniaAgencies() throws IOException {
        ImplementationPlan plan = new PlanStore().load(Plans.example());
        plan.getRoles().get(0).getBackgroundCheck().setLiveScan(false);
        PlanChecker checker = new PlanChecker(RuleRegistry.all(), LocalDate.of(2027, 4, 30));
        assertTrue(checker.check(plan).findings().stream().anyMatch(f -> f.ruleId().equals("R49")));

        plan.getAgency().setState("OR");
        ValidationReport oregon = checker.check(plan);
        assertTrue(oregon.findings().stream().noneMatch(f -> f.ruleId().equals("R49")));
        assertTrue(oregon.rulesNotApplied().stream().anyMatch(r -> r.id().equals("R49")));
        assertTrue(oregon.rulesNotApplied().stream().anyMatch(r -> r.id().equals("R51")));
    }

    @Test
    void aRuleThatFailsIsReportedOnceAndTheOtherRulesStillRun() throws IOException {
        ImplementationPlan plan = new PlanStore().load(Plans.example());
        LocalDate day = LocalDate.of(2027, 4, 30);
        Rule broken = new Rule("X1", Area.TRAINING, Strength.EXPLICIT, "[a contributed rule pack]") {
            @Override
            public void check(RuleContext context) {
                context.report(context.plan(), "half a finding, reported before the rule fails");
                throw new IllegalStateException("no hours setting");
            }
        };
        List<Rule> withBroken = new ArrayList<>(RuleRegistry.all());
        withBroken.add(0, broken);

        ValidationReport report = new PlanChecker(withBroken, day).check(plan);
        List<Finding> fromBroken = report.findings().stream().filter(f -> f.ruleId().equals("X1")).toList();
        assertEquals(1, fromBroken.size(), fromBroken::toString);
        Finding failure = fromBroken.get(0);
        assertEquals(Severity.ERROR, failure.severity());
        assertEquals(plan, failure.element());
        assertTrue(failure.message().contains("failed and could not check this plan (IllegalStateException: no"
                + " hours setting)"), failure.message());
        assertEquals(new PlanChecker(RuleRegistry.all(), day).check(plan).findings().stream().map(Finding::message)
                .toList(), report.findings().stream().filter(f -> !f.ruleId().equals("X1")).map(Finding::message)
                .toList(), "the rules after the failing one report what they report without it");
    }
}
