package org.peerplan.core.internal.rules;

import java.util.Optional;
import java.util.regex.Pattern;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Severity;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.PeerRole;
import org.peerplan.model.catalog.LivedExperienceRequirementDef;
import org.peerplan.model.catalog.PopulationServed;

/**
 * R42: each peer role states the population it serves and a lived-experience requirement. For transition-age youth
 * the source labels the group 16–24 but its text says 18–24, so a role that does not state its age range gets a
 * note asking the consultant to settle it.
 */
final class R42PopulationAndLivedExperience extends Rule {

    /** An explicit age range such as "18 to 24" or "16–24": the consultant has settled the conflict. */
    private static final Pattern AGE_RANGE = Pattern.compile("\\b1[68]\\s*(?:-|–|to)\\s*24\\b");

    R42PopulationAndLivedExperience() {
        super("R42", Area.HIRING, Strength.EXPLICIT,
                Citations.cite(Citations.WISE, "COMPETENCY 6 › Lived Experience Requirements"));
    }

    @Override
    public void check(RuleContext context) {
        for (PeerRole role : context.plan().getRoles()) {
            if (role.getPopulation() == PopulationServed.UNSPECIFIED) {
                context.report(role, "The " + role.getTitle() + " role states no population served: choose adults,"
                        + " family members, parents or caregivers of children and youth, or transition-age youth, and"
                        + " a matching lived-experience requirement.");
                continue;
            }
            Optional<LivedExperienceRequirementDef> standard = context.catalog().getLivedExperienceRequirements()
                    .stream().filter(r -> r.getPopulation() == role.getPopulation()).findFirst();
            String requirement = role.getLivedExperienceRequirement();
            if (Wording.blank(requirement)) {
                context.report(role, "The " + role.getTitle() + " role states no lived-experience requirement"
                        + standard.map(s -> "; the toolkit's requirement for " + s.getName() + " reads: \""
                                + s.getText() + "\"").orElse("") + ".");
            } else if (role.getPopulation() == PopulationServed.TRANSITION_AGE_YOUTH
                    && !AGE_RANGE.matcher(requirement).find()) {
                context.report(Severity.INFO, role, "The " + role.getTitle() + " role serves transition-age youth:"
                        + " the toolkit labels the group 16–24 but requires an age of 18 to 24, so decide the range"
                        + " and state it in the lived-experience requirement.");
            }
        }
    }
}
