package org.peerplan.core.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.peerplan.model.BudgetCategory;

/**
 * One plan year, {@code [start, end)}: its costs by category and the funding set against them. Training is costed at
 * the menu's list value.
 */
public record BudgetYear(int year, LocalDate start, LocalDate end, Map<BudgetCategory, BigDecimal> byCategory,
        List<Funding> funding) {

    public BigDecimal total() {
        return byCategory.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal of(BudgetCategory category) {
        return byCategory.getOrDefault(category, BigDecimal.ZERO);
    }

    public BigDecimal totalFunding() {
        return funding.stream().map(Funding::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Costs the funding does not cover; negative when funding exceeds the costs. */
    public BigDecimal gap() {
        return total().subtract(totalFunding());
    }

    /** Money a source brings in the year. */
    public record Funding(String source, BigDecimal amount) {
    }
}
