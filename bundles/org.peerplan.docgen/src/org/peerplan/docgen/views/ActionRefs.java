package org.peerplan.docgen.views;

import java.util.LinkedHashMap;
import java.util.Map;

import org.peerplan.model.Action;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Person;

/**
 * How the policy review and the root cause analysis refer to an action of the plan: by its number in the plan's
 * action list (the consolidated action plan of D5 uses the same numbers), its title, owner and due date.
 */
final class ActionRefs {

    private ActionRefs() {
    }

    /** The action's place in the plan's action list, from 1. */
    static int number(ImplementationPlan plan, Action action) {
        return plan.getActions().indexOf(action) + 1;
    }

    static Map<String, Object> of(ImplementationPlan plan, Action action) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("number", number(plan, action));
        view.put("title", Formats.text(action.getTitle()));
        view.put("owner", owner(action.getOwner()));
        view.put("noOwner", action.getOwner() == null);
        view.put("due", Formats.date(action.getDue()));
        view.put("noDue", action.getDue() == null);
        view.put("status", action.getStatus() == null ? "Not set" : Formats.words(action.getStatus()));
        return view;
    }

    /** A person's name, or "" for nobody: templates mark a missing owner from a prepared boolean. */
    static String owner(Person person) {
        return person == null ? "" : Formats.text(person.getName());
    }
}
