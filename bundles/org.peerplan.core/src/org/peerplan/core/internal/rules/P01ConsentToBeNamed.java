package org.peerplan.core.internal.rules;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Severity;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.Person;

/**
 * P1, PeerPlan's own rule on privacy: lived experience is each person's own to disclose, so documents for the board
 * name someone as having it only with their recorded consent. The source asks that peers be supported "without
 * breaching their own privacy"; the rule says what the documents do about it.
 */
final class P01ConsentToBeNamed extends Rule {

    P01ConsentToBeNamed() {
        super("P1", Area.STAFFING, Strength.INFERRED,
                Citations.cite(Citations.HANDBOOK, "Early Implementation: Building the Foundation"));
    }

    @Override
    public void check(RuleContext context) {
        for (Person person : context.plan().getAgency().getPeople()) {
            if (!person.isPeer()) {
                continue;
            }
            String name = Wording.blank(person.getName()) ? "Someone" : person.getName();
            if (!person.isNamedWithLivedExperience()) {
                String position = Wording.blank(person.getTitle()) ? "a peer staff member" : person.getTitle();
                context.report(Severity.INFO, person, name + " has lived experience and has not agreed to be named as"
                        + " having it: documents for the board call them " + position + " instead. If they agree to be"
                        + " named, record it with the day they agreed.");
            } else if (person.getNamingConsentOn() == null) {
                context.report(person, name + " agrees to be named as having lived experience, but the plan does not"
                        + " say when they agreed: record the day, so that the consent can be shown.");
            }
        }
    }
}
