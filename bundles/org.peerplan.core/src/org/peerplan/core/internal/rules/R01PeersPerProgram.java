package org.peerplan.core.internal.rules;

import java.util.List;
import java.util.Locale;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.PeerRole;
import org.peerplan.model.Program;

/**
 * R1: each program that has peer roles employs more than one peer worker. A role counts as many positions as it has
 * holders or as its FTE needs people (1.5 FTE needs two), and at least one; programs without peer roles are not
 * checked, nor are roles without a program.
 */
final class R01PeersPerProgram extends Rule {

    /** "More than one peer worker" per program, the source's threshold. */
    private static final int MIN_POSITIONS = 2;

    /** Tolerance for FTE sums such as 0.1 + 0.2, so that 1.0 FTE counts as one position and not two. */
    private static final double FTE_EPSILON = 1e-6;

    R01PeersPerProgram() {
        super("R1", Area.STAFFING, Strength.EXPLICIT, Citations.cite(Citations.WISE, "introduction, guideline 2"));
    }

    @Override
    public void check(RuleContext context) {
        for (Program program : context.plan().getAgency().getPrograms()) {
            List<PeerRole> roles = context.plan().getRoles().stream().filter(r -> r.getProgram() == program).toList();
            int positions = roles.stream().mapToInt(R01PeersPerProgram::positions).sum();
            if (!roles.isEmpty() && positions < MIN_POSITIONS) {
                context.report(program, "The program '" + program.getName() + "' plans only one peer position ("
                        + describe(roles) + "): employ at least " + MIN_POSITIONS
                        + " peer workers in each program so that no peer works alone.");
            }
        }
    }

    static int positions(PeerRole role) {
        int byFte = (int) Math.ceil(role.getFte() - FTE_EPSILON);
        return Math.max(1, Math.max(role.getHolders().size(), byFte));
    }

    private static String describe(List<PeerRole> roles) {
        return String.join(", ", roles.stream()
                .map(r -> r.getTitle() + ", " + String.format(Locale.ROOT, "%.1f", r.getFte()) + " FTE").toList());
    }
}
