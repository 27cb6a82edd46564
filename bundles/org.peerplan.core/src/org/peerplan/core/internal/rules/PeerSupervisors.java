package org.peerplan.core.internal.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerRole;
import org.peerplan.model.Person;

/** The people who supervise peer positions, administratively or for professional development. */
final class PeerSupervisors {

    private PeerSupervisors() {
    }

    /** Each supervisor of a peer role, in role order, with the roles they supervise. */
    static Map<Person, List<PeerRole>> of(ImplementationPlan plan) {
        Map<Person, List<PeerRole>> supervisors = new LinkedHashMap<>();
        for (PeerRole role : plan.getRoles()) {
            for (Person supervisor : new Person[] { role.getAdministrativeSupervisor(),
                    role.getProfessionalDevelopmentSupervisor() }) {
                if (supervisor != null) {
                    List<PeerRole> roles = supervisors.computeIfAbsent(supervisor, p -> new ArrayList<>());
                    if (!roles.contains(role)) {
                        roles.add(role);
                    }
                }
            }
        }
        return supervisors;
    }

    /** "the Peer Support Specialist role" or "the Peer Support Specialist and Peer Recovery Coach roles". */
    static String roleTitles(List<PeerRole> roles) {
        List<String> titles = roles.stream().map(PeerRole::getTitle).toList();
        if (titles.size() == 1) {
            return "the " + titles.get(0) + " role";
        }
        return "the " + String.join(", ", titles.subList(0, titles.size() - 1)) + " and "
                + titles.get(titles.size() - 1) + " roles";
    }

    /** "Maria Delgado, CPSS (Peer Supervisor)", or just the name when the person has no title. */
    static String name(Person person) {
        return person.getTitle() == null || person.getTitle().isBlank() ? person.getName()
                : person.getName() + " (" + person.getTitle() + ")";
    }
}
