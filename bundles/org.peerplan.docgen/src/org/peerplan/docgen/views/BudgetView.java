package org.peerplan.docgen.views;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.peerplan.core.budget.BudgetYear;
import org.peerplan.core.budget.BudgetYear.Funding;
import org.peerplan.model.BudgetCategory;

/**
 * The budget table both the executive summary and D10 show, as {@code #budgetTable} draws it: costs by category per
 * plan year, the funding set against them, and what is left. The documents compute nothing: every figure is
 * {@link BudgetYear}'s.
 */
final class BudgetView {

    /** Rows in this order; a category with no amount in any year is left out. */
    private static final List<BudgetCategory> CATEGORIES = List.of(BudgetCategory.POSITIONS,
            BudgetCategory.FRINGE_BENEFITS, BudgetCategory.TRAINING, BudgetCategory.SUPERVISION, BudgetCategory.ACTIONS,
            BudgetCategory.CONSULTATION, BudgetCategory.TRAVEL, BudgetCategory.RECRUITMENT, BudgetCategory.OTHER);

    private BudgetView() {
    }

    static Map<String, Object> of(List<BudgetYear> years) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("years", years.stream().map(y -> Map.of("year", y.year(), "period",
                Formats.date(y.start()) + " to " + Formats.date(y.end().minusDays(1)))).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BudgetCategory category : CATEGORIES) {
            // A category with nothing in it is left out: a row of zeros reads as a costed nothing.
            if (years.stream().anyMatch(y -> y.of(category).signum() != 0)) {
                Map<String, Object> row = row(category(category), years, y -> y.of(category), Formats::money);
                row.put("training", category == BudgetCategory.TRAINING);
                rows.add(row);
            }
        }
        view.put("rows", rows);
        // A table of zeros says nothing a board can use: the documents say what is missing instead.
        view.put("hasCosts", years.stream().anyMatch(y -> y.total().signum() > 0));
        view.put("total", row("Total costs", years, BudgetYear::total, Formats::money));
        Set<String> sources = new LinkedHashSet<>();
        years.forEach(y -> y.funding().forEach(f -> sources.add(f.source())));
        view.put("funding", sources.stream().map(source -> row(Formats.text(source), years,
                y -> y.funding().stream().filter(f -> f.source().equals(source)).map(Funding::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add), Formats::money)).toList());
        view.put("funded", !sources.isEmpty());
        view.put("totalFunding", row("Total funding", years, BudgetYear::totalFunding, Formats::money));
        view.put("balance", row("Funding less costs", years, y -> y.gap().negate(), BudgetView::signed));
        view.put("short", years.stream().anyMatch(y -> y.gap().signum() > 0));
        return view;
    }

    /** The label a board reads for a cost category. */
    static String category(BudgetCategory category) {
        return switch (category) {
            case POSITIONS -> "Peer positions";
            case FRINGE_BENEFITS -> "Fringe benefits";
            case TRAINING -> "Training";
            case SUPERVISION -> "Contracted supervision";
            case ACTIONS -> "Action plan";
            default -> Formats.words(category);
        };
    }

    private static Map<String, Object> row(String label, List<BudgetYear> years, Function<BudgetYear, BigDecimal> amount,
            Function<BigDecimal, String> format) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", label);
        row.put("amounts", years.stream().map(amount).map(format).toList());
        row.put("all", format.apply(years.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add)));
        return row;
    }

    /** "$2,583" for a surplus, "−$2,583" (a true minus sign) for a shortfall. */
    private static String signed(BigDecimal amount) {
        return amount.signum() < 0 ? "−" + Formats.money(amount.negate()) : Formats.money(amount);
    }
}
