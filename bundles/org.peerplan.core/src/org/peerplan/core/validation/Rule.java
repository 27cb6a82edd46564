package org.peerplan.core.validation;

import org.peerplan.model.ImplementationPlan;

/**
 * One of the toolkits' rules (DOMAIN §9), checked mechanically. A rule reports findings through its
 * {@link RuleContext}; it never changes the plan.
 */
public abstract class Rule {

    private final String id;

    private final Area area;

    private final Strength strength;

    private final String citation;

    protected Rule(String id, Area area, Strength strength, String citation) {
        this.id = id;
        this.area = area;
        this.strength = strength;
        this.citation = citation;
    }

    public final String id() {
        return id;
    }

    /**
     * What the rule asks of a plan in a few words, e.g. "Development supervision by an experienced peer": what a
     * person reads where a finding must be taken in at a glance, with the id as a detail.
     */
    public final String title() {
        return RuleTitles.of(id);
    }

    public final Area area() {
        return area;
    }

    public final Strength strength() {
        return strength;
    }

    /** The source of the rule, e.g. {@code [003 § Step 3 of Implementation: Developing a Timeline]}. */
    public final String citation() {
        return citation;
    }

    /** The severity of this rule's findings: errors for explicit rules, warnings otherwise. */
    public Severity severity() {
        return strength == Strength.EXPLICIT ? Severity.ERROR : Severity.WARNING;
    }

    /** Whether the rule applies to this plan at all, e.g. a California rule to a California agency. */
    public boolean appliesTo(ImplementationPlan plan) {
        return true;
    }

    public abstract void check(RuleContext context);
}
