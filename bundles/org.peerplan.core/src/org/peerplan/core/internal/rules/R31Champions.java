package org.peerplan.core.internal.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.Agency;
import org.peerplan.model.Person;
import org.peerplan.model.StaffLevel;

/**
 * R31: at least one champion, ideally two, at more than one level of the agency. People who supervise peer roles
 * count as champions.
 */
final class R31Champions extends Rule {

    /** "Without a champion (or two)": the source's ideal. */
    static final int IDEAL_CHAMPIONS = 2;

    /** "Champions at all levels": PeerPlan asks for at least two of the agency's levels (board to line staff). */
    static final int MIN_LEVELS = 2;

    R31Champions() {
        super("R31", Area.READINESS, Strength.ADVISORY,
                Citations.cite(Citations.HANDBOOK, "Creating a Culture of Respect"));
    }

    @Override
    public void check(RuleContext context) {
        Agency agency = context.plan().getAgency();
        Set<Person> champions = new LinkedHashSet<>();
        agency.getPeople().stream().filter(Person::isChampion).forEach(champions::add);
        context.plan().getRoles().stream()
                .flatMap(r -> Stream.of(r.getAdministrativeSupervisor(), r.getProfessionalDevelopmentSupervisor(),
                        r.getReportsTo()))
                .filter(Objects::nonNull).forEach(champions::add);
        List<String> names = champions.stream().map(Person::getName).toList();
        Set<StaffLevel> levels = new LinkedHashSet<>();
        champions.stream().map(Person::getLevel).filter(l -> l != StaffLevel.EXTERNAL).forEach(levels::add);

        if (champions.isEmpty()) {
            context.report(agency, "The plan names no champion, and without a champion (or two) the implementation may"
                    + " be significantly compromised: name at least one, ideally two, at several levels of the agency;"
                    + " supervisors of peers count.");
        } else if (champions.size() < IDEAL_CHAMPIONS) {
            context.report(agency, "Only one champion is named (" + names.get(0) + "): the source advises a champion"
                    + " or two, at several levels of the agency; supervisors of peers count.");
        } else if (levels.size() < MIN_LEVELS) {
            String where = levels.isEmpty() ? "none of them works inside the agency"
                    : "all of them are at the " + Wording.words(levels.iterator().next()) + " level";
            context.report(agency, "The plan's champions (" + Wording.list(names) + ") are not spread across the"
                    + " agency: " + where + ". Identify champions at more levels, from the board to line staff.");
        }
    }
}
