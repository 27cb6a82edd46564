package org.peerplan.core.validation;

import java.util.List;

import org.peerplan.model.RuleWaiver;

/**
 * The result of checking a plan.
 *
 * @param findings        errors first, then warnings, then information; within a severity by area and rule
 * @param waivers         rules the plan switched off, with the recorded reasons
 * @param rulesChecked    how many rules ran on the plan
 * @param rulesNotApplied rules that do not apply to this plan, e.g. another state's rules
 */
public record ValidationReport(List<Finding> findings, List<RuleWaiver> waivers, int rulesChecked,
        List<Rule> rulesNotApplied) {

    public long errors() {
        return count(Severity.ERROR);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
