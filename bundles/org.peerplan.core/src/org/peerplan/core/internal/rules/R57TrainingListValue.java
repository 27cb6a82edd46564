package org.peerplan.core.internal.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Severity;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.BudgetCategory;
import org.peerplan.model.BudgetLine;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.TrainingSession;

/**
 * R57 (information): the training budget equals the menu's list value of the scheduled sessions. PeerPlan costs menu
 * sessions at list value by itself, so the rule only speaks when the consultant also budgets TRAINING lines and their
 * total differs from that list value; a plan without TRAINING lines has nothing to compare.
 */
final class R57TrainingListValue extends Rule {

    R57TrainingListValue() {
        super("R57", Area.TRAINING, Strength.INFERRED,
                Citations.cite(Citations.WISE, "Training Menu footnote"));
    }

    @Override
    public void check(RuleContext context) {
        ImplementationPlan plan = context.plan();
        List<BudgetLine> lines = plan.getBudget().getLines().stream()
                .filter(l -> l.getCategory() == BudgetCategory.TRAINING && l.getAmount() != null).toList();
        if (lines.isEmpty()) {
            return;
        }
        BigDecimal budgeted = lines.stream().map(BudgetLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal listValue = plan.getTrainingPlan().getSessions().stream().map(TrainingSession::getCourse)
                .filter(c -> c != null && c.getListValue() != null).map(c -> c.getListValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (budgeted.compareTo(listValue) != 0) {
            context.report(Severity.INFO, plan.getBudget(), "The training budget lines total " + money(budgeted)
                    + ", while the scheduled menu sessions come to " + money(listValue) + " (list value; discounts or"
                    + " no-cost delivery may apply).");
        }
    }

    static String money(BigDecimal amount) {
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        return String.format(Locale.US, whole ? "$%,.0f" : "$%,.2f", amount);
    }
}
