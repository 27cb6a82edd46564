package org.peerplan.core.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.InterviewPlan;
import org.peerplan.model.PeerRole;
import org.peerplan.model.Person;

/**
 * R45: the interview committee draws on several positions, includes people who receive services and ideally a peer
 * worker; under the webinar's guidance peers also help write the questions.
 */
final class R45InterviewPanel extends Rule {

    /** "Several positions": PeerPlan asks for at least three different job titles on the panel. */
    static final int MIN_POSITIONS = 3;

    R45InterviewPanel() {
        super("R45", Area.HIRING, Strength.ADVISORY, Citations.cite(Citations.HANDBOOK, "The Interview"));
    }

    @Override
    public void check(RuleContext context) {
        for (PeerRole role : context.plan().getRoles()) {
            InterviewPlan interview = role.getInterview();
            if (interview == null || interview.getPanel().isEmpty()) {
                context.report(role, "The " + role.getTitle() + " role has no interview panel: form a committee from"
                        + " several positions, including people who receive services and a peer worker.");
                continue;
            }
            List<Person> panel = interview.getPanel();
            List<String> problems = new ArrayList<>();
            long positions = panel.stream().map(Person::getTitle).filter(Objects::nonNull)
                    .map(t -> t.strip().toLowerCase(Locale.ROOT)).distinct().count();
            if (positions < MIN_POSITIONS) {
                problems.add("it draws on " + Wording.count((int) positions, "position", "positions") + ", and should"
                        + " draw on at least " + MIN_POSITIONS);
            }
            if (panel.stream().noneMatch(Person::isReceivesServices)) {
                problems.add("nobody on it receives services");
            }
            if (panel.stream().noneMatch(Person::isPeer)) {
                problems.add("it includes no peer worker, as it ideally should");
            }
            if (!interview.isPeersWroteQuestions()) {
                problems.add("peers did not help write the questions");
            }
            if (!problems.isEmpty()) {
                context.report(interview, "The " + role.getTitle() + " interview panel falls short: "
                        + String.join("; ", problems) + ".");
            }
        }
    }
}
