package org.peerplan.core.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.peerplan.model.BudgetCategory;

/**
 * One plan year, {@code [start, end)}, and its costs by category. Training is costed at the menu's list value.
 */
public record BudgetYear(int year, LocalDate start, LocalDate end, Map<BudgetCategory, BigDecimal> byCategory) {

    public BigDecimal total() {
        return byCategory.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal of(BudgetCategory category) {
        return byCategory.getOrDefault(category, BigDecimal.ZERO);
    }
}
