package org.peerplan.core.tests.rules;

import org.peerplan.model.Duty;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.PeerRole;
import org.peerplan.model.Person;
import org.peerplan.model.Program;

/** Finds and adds the parts of the example plan that the staffing and role tests change. */
final class PlanParts {

    static final String SPECIALIST = "Peer Support Specialist";

    static final String COACH = "Peer Recovery Coach";

    private PlanParts() {
    }

    static PeerRole role(ImplementationPlan plan, String title) {
        return plan.getRoles().stream().filter(r -> title.equals(r.getTitle())).findFirst()
                .orElseThrow(() -> new AssertionError("no role " + title));
    }

    /** The person whose name begins with {@code name}, e.g. "Greg Whitfield" for "Greg Whitfield, LMFT". */
    static Person person(ImplementationPlan plan, String name) {
        return plan.getAgency().getPeople().stream().filter(p -> p.getName().startsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name));
    }

    static Program program(ImplementationPlan plan, String name) {
        return plan.getAgency().getPrograms().stream().filter(p -> name.equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no program " + name));
    }

    static Duty duty(PeerRole role, String beginning) {
        return role.getDuties().stream().filter(d -> d.getDescription().startsWith(beginning)).findFirst()
                .orElseThrow(() -> new AssertionError("no duty " + beginning + " in " + role.getTitle()));
    }

    /** Adds a duty to the role, routine or occasional, and returns it. */
    static Duty addDuty(PeerRole role, String description, boolean routine) {
        Duty duty = PeerPlanFactory.eINSTANCE.createDuty();
        duty.setDescription(description);
        duty.setRoutine(routine);
        role.getDuties().add(duty);
        return duty;
    }
}
