package org.peerplan.docgen.views;

import java.util.Locale;
import java.util.Optional;

import org.peerplan.model.PeerRole;
import org.peerplan.model.catalog.Catalog;
import org.peerplan.model.catalog.LivedExperienceRequirementDef;
import org.peerplan.model.catalog.PopulationServed;

/** How D11 and D12 write a peer role's size, hours and population. */
final class RoleFacts {

    private RoleFacts() {
    }

    static String program(PeerRole role) {
        return role.getProgram() == null ? "no program assigned" : Formats.text(role.getProgram().getName());
    }

    /** 2.0 as "2.0". */
    static String fte(double fte) {
        return String.format(Locale.US, "%.1f", fte);
    }

    /** "40 hours a week", "37.5 hours a week". */
    static String hours(PeerRole role) {
        double hours = role.getHoursPerWeek();
        if (hours <= 0) {
            return "hours not set";
        }
        String number = hours == Math.rint(hours) ? String.valueOf((long) hours)
                : String.format(Locale.US, "%.1f", hours);
        return number + " hours a week";
    }

    /** The population in the catalog's words (DOMAIN §6.7): "Adult mental-health clients/consumers (18+)". */
    static String population(PeerRole role, Catalog catalog) {
        PopulationServed population = role.getPopulation();
        if (population == null || population == PopulationServed.UNSPECIFIED) {
            return "not stated";
        }
        return requirement(role, catalog).map(LivedExperienceRequirementDef::getName)
                .orElse(Formats.words(population));
    }

    /** The catalog's lived-experience requirement for the role's population, if it has one. */
    static Optional<LivedExperienceRequirementDef> requirement(PeerRole role, Catalog catalog) {
        return catalog.getLivedExperienceRequirements().stream().filter(r -> r.getPopulation() == role.getPopulation())
                .findFirst();
    }

    static String livedExperience(PeerRole role) {
        String text = Formats.text(role.getLivedExperienceRequirement()).strip();
        return text.isEmpty() ? "not stated" : text;
    }
}
