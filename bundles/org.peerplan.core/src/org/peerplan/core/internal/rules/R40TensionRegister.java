package org.peerplan.core.internal.rules;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.RiskKind;

/** R40: a risk and tension register that anticipates at least one tension; no tension at all is a red flag. */
final class R40TensionRegister extends Rule {

    R40TensionRegister() {
        super("R40", Area.READINESS, Strength.ADVISORY,
                Citations.cite(Citations.HANDBOOK, "Top Ten Misconceptions About Peer Work #10"));
    }

    @Override
    public void check(RuleContext context) {
        if (context.plan().getRisks().isEmpty()) {
            context.report(context.plan(), "The plan has no risk or tension register: list the risks and the"
                    + " tensions the change will bring, since a complete lack of tension is a red flag.");
        } else if (context.plan().getRisks().stream().noneMatch(r -> r.getKind() == RiskKind.TENSION)) {
            context.report(context.plan(), "The risk register anticipates no tension or resistance: adding peers"
                    + " changes the culture, and a complete lack of tension is a red flag, so record the tensions"
                    + " you expect.");
        }
    }
}
