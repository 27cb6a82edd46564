package org.peerplan.core.internal.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.DecisionTopic;
import org.peerplan.model.PolicyDecision;

/**
 * R38: the plan records its position on hiring people who receive services at the agency, with safeguards for
 * privacy, dual relationships and advocacy.
 */
final class R38HiringServiceRecipients extends Rule {

    /** One of the worries the safeguards must answer, with the word stems that show the text addresses it. */
    private record Worry(String name, List<String> stems) {
    }

    /** The source's worries about hiring service recipients that a policy can answer. */
    private static final List<Worry> WORRIES = List.of(
            new Worry("privacy", List.of("privacy", "private", "confidential")),
            new Worry("dual relationships", List.of("dual")),
            new Worry("advocacy", List.of("advoca")));

    R38HiringServiceRecipients() {
        super("R38", Area.READINESS, Strength.ADVISORY,
                Citations.cite(Citations.HANDBOOK, "Creating a Culture of Respect"));
    }

    @Override
    public void check(RuleContext context) {
        Optional<PolicyDecision> decision = context.plan().getDecisions().stream()
                .filter(d -> d.getTopic() == DecisionTopic.HIRING_SERVICE_RECIPIENTS).findFirst();
        if (decision.isEmpty()) {
            context.report(context.plan(), "The plan records no decision on hiring people who receive services at the"
                    + " agency: decide the position, with safeguards for privacy, dual relationships and advocacy.");
            return;
        }
        PolicyDecision d = decision.get();
        String name = Wording.blank(d.getTitle()) ? "on hiring people who receive services" : "'" + d.getTitle() + "'";
        if (Wording.blank(d.getPosition())) {
            context.report(d, "The policy decision " + name + " states no position: record what the agency decided.");
        }
        String safeguards = d.getSafeguards() == null ? "" : d.getSafeguards().toLowerCase(Locale.ROOT);
        List<String> missing = WORRIES.stream().filter(w -> w.stems().stream().noneMatch(safeguards::contains))
                .map(Worry::name).toList();
        if (!missing.isEmpty()) {
            context.report(d, "The policy decision " + name + " has no safeguards for " + Wording.list(missing)
                    + ": say how the agency protects the privacy, the relationships with their own providers and the"
                    + " advocacy of people it hires while they receive its services.");
        }
    }
}
