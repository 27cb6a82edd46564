package org.peerplan.core.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.peerplan.model.BudgetCategory;
import org.peerplan.model.BudgetLine;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerRole;
import org.peerplan.model.TrainingSession;

/**
 * Costs a plan per plan year. Positions and contracted supervision accrue day by day from the first peer's start;
 * sessions fall in the year of their date; budget lines carry their own year.
 */
public final class BudgetCalculator {

    /** Years shown when nothing in the plan reaches further: the preparation year and the first year with peers. */
    private static final int MINIMUM_YEARS = 2;

    public List<BudgetYear> years(ImplementationPlan plan) {
        LocalDate planStart = plan.getTimeline().getPlanStart();
        if (planStart == null) {
            throw new IllegalStateException("the plan has no start date, so its years cannot be counted");
        }
        int count = Math.max(MINIMUM_YEARS, lastYear(plan, planStart));
        List<BudgetYear> years = new ArrayList<>();
        for (int year = 1; year <= count; year++) {
            LocalDate start = planStart.plusYears(year - 1L);
            LocalDate end = planStart.plusYears(year);
            Map<BudgetCategory, BigDecimal> costs = new EnumMap<>(BudgetCategory.class);
            add(costs, BudgetCategory.POSITIONS, positions(plan, start, end));
            add(costs, BudgetCategory.SUPERVISION, supervision(plan, start, end));
            for (TrainingSession session : plan.getTrainingPlan().getSessions()) {
                if (session.getDate() != null && !session.getDate().isBefore(start) && session.getDate().isBefore(end)) {
                    add(costs, BudgetCategory.TRAINING, cost(session));
                }
            }
            for (BudgetLine line : plan.getBudget().getLines()) {
                if (line.getYear() == year && line.getAmount() != null) {
                    add(costs, line.getCategory(), line.getAmount());
                }
            }
            years.add(new BudgetYear(year, start, end, costs));
        }
        return years;
    }

    /** A session's cost: the course's list value for menu courses, else the cost the plan records. */
    public static BigDecimal cost(TrainingSession session) {
        if (session.getCourse() != null && session.getCourse().getListValue() != null) {
            return session.getCourse().getListValue();
        }
        return session.getCost() == null ? BigDecimal.ZERO : session.getCost();
    }

    /** The yearly cost of a role at full strength: FTE × hourly rate × the agency's hours per FTE. */
    public static BigDecimal annualCost(PeerRole role, int hoursPerFte) {
        if (role.getHourlyRate() == null) {
            return BigDecimal.ZERO;
        }
        return role.getHourlyRate().multiply(BigDecimal.valueOf(role.getFte()))
                .multiply(BigDecimal.valueOf(hoursPerFte));
    }

    private static BigDecimal positions(ImplementationPlan plan, LocalDate start, LocalDate end) {
        BigDecimal total = BigDecimal.ZERO;
        for (PeerRole role : plan.getRoles()) {
            total = total.add(prorate(annualCost(role, plan.getAgency().getHoursPerFte()), plan, start, end));
        }
        return total;
    }

    private static BigDecimal supervision(ImplementationPlan plan, LocalDate start, LocalDate end) {
        BigDecimal total = BigDecimal.ZERO;
        for (PeerRole role : plan.getRoles()) {
            if (role.getContractedSupervisionPerYear() != null) {
                total = total.add(prorate(role.getContractedSupervisionPerYear(), plan, start, end));
            }
        }
        return total;
    }

    /** The share of a yearly amount that falls in {@code [start, end)} once peers are working. */
    private static BigDecimal prorate(BigDecimal perYear, ImplementationPlan plan, LocalDate start, LocalDate end) {
        LocalDate peersFrom = plan.getTimeline().getFirstPeerStart();
        if (peersFrom == null || !peersFrom.isBefore(end)) {
            return BigDecimal.ZERO;
        }
        LocalDate from = peersFrom.isAfter(start) ? peersFrom : start;
        long days = ChronoUnit.DAYS.between(from, end);
        long yearDays = ChronoUnit.DAYS.between(start, end);
        return perYear.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(yearDays), 2, RoundingMode.HALF_UP);
    }

    private static int lastYear(ImplementationPlan plan, LocalDate planStart) {
        int last = 0;
        for (TrainingSession session : plan.getTrainingPlan().getSessions()) {
            if (session.getDate() != null) {
                last = Math.max(last, (int) ChronoUnit.YEARS.between(planStart, session.getDate()) + 1);
            }
        }
        for (BudgetLine line : plan.getBudget().getLines()) {
            last = Math.max(last, line.getYear());
        }
        return last;
    }

    private static void add(Map<BudgetCategory, BigDecimal> costs, BudgetCategory category, BigDecimal amount) {
        if (amount.signum() != 0) {
            costs.merge(category, amount, BigDecimal::add);
        }
    }
}
