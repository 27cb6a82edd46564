package org.peerplan.core.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.peerplan.core.budget.BudgetYear.Funding;
import org.peerplan.model.Action;
import org.peerplan.model.Agency;
import org.peerplan.model.BudgetCategory;
import org.peerplan.model.BudgetLine;
import org.peerplan.model.FunderConstraint;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerRole;
import org.peerplan.model.SpeedUpChoice;
import org.peerplan.model.TrainingSession;

/**
 * Costs a plan per plan year and sets its funding against the costs. Positions, their fringe benefits, contracted
 * supervision and Medicaid billing accrue day by day from the first peer's start; sessions fall in the year of their
 * date, actions in the year they are due (the first year when no date is set) and chosen speed-up options in the
 * first; budget lines carry their own year;
 * each funder's yearly amount is available in every plan year.
 */
public final class BudgetCalculator {

    /** Years shown when nothing in the plan reaches further: the preparation year and the first year with peers. */
    private static final int MINIMUM_YEARS = 2;

    /** How Medicaid billing is named among the funding sources. */
    public static final String MEDICAID = "Medicaid billing for peer services";

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
            BigDecimal positions = positions(plan, start, end);
            add(costs, BudgetCategory.POSITIONS, positions);
            add(costs, BudgetCategory.FRINGE_BENEFITS, fringe(plan.getAgency(), positions));
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
            for (Action action : plan.getActions()) {
                if (action.getCost() != null && planYear(planStart, action.getDue()) == year) {
                    add(costs, BudgetCategory.ACTIONS, action.getCost());
                }
            }
            if (year == 1) {
                for (SpeedUpChoice speedUp : plan.getTimeline().getSpeedUps()) {
                    if (speedUp.getCost() != null) {
                        add(costs, BudgetCategory.ACTIONS, speedUp.getCost());
                    }
                }
            }
            years.add(new BudgetYear(year, start, end, costs, funding(plan, start, end)));
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

    /** Benefits and payroll taxes on the given wages at the agency's rate; nothing when no rate is set. */
    public static BigDecimal fringe(Agency agency, BigDecimal wages) {
        Double rate = agency.getFringeBenefitRate();
        return rate == null ? BigDecimal.ZERO
                : wages.multiply(BigDecimal.valueOf(rate)).setScale(2, RoundingMode.HALF_UP);
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

    private static List<Funding> funding(ImplementationPlan plan, LocalDate start, LocalDate end) {
        List<Funding> funding = new ArrayList<>();
        for (FunderConstraint funder : plan.getAgency().getFunderConstraints()) {
            if (funder.getAnnualAmount() != null && funder.getAnnualAmount().signum() > 0) {
                funding.add(new Funding(funder.getFunder(), funder.getAnnualAmount()));
            }
        }
        BigDecimal medicaid = prorate(medicaidPerYear(plan), plan, start, end);
        if (medicaid.signum() > 0) {
            funding.add(new Funding(MEDICAID, medicaid));
        }
        return funding;
    }

    /** Billable peer hours at the Medicaid rate, when the agency bills Medicaid for peer services. */
    private static BigDecimal medicaidPerYear(ImplementationPlan plan) {
        Agency agency = plan.getAgency();
        if (!agency.isBillsMedicaidForPeerServices() || agency.getMedicaidHourlyRate() == null
                || agency.getBillableShare() == null) {
            return BigDecimal.ZERO;
        }
        double fte = plan.getRoles().stream().mapToDouble(PeerRole::getFte).sum();
        return agency.getMedicaidHourlyRate().multiply(BigDecimal.valueOf(agency.getBillableShare())).multiply(BigDecimal.valueOf(fte))
                .multiply(BigDecimal.valueOf(agency.getHoursPerFte()));
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

    /** The plan year a date falls in, counted from 1; the first year for no date or one before the plan. */
    private static int planYear(LocalDate planStart, LocalDate date) {
        return date == null || date.isBefore(planStart) ? 1 : (int) ChronoUnit.YEARS.between(planStart, date) + 1;
    }

    private static int lastYear(ImplementationPlan plan, LocalDate planStart) {
        int last = 0;
        for (Action action : plan.getActions()) {
            if (action.getCost() != null) {
                last = Math.max(last, planYear(planStart, action.getDue()));
            }
        }
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
