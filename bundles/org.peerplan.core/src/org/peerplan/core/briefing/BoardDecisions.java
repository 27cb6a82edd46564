package org.peerplan.core.briefing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.peerplan.core.briefing.BoardBriefing.Deadline;
import org.peerplan.core.briefing.BoardBriefing.Decision;
import org.peerplan.core.briefing.BoardBriefing.Option;
import org.peerplan.core.budget.BudgetYear;
import org.peerplan.core.plan.Labels;
import org.peerplan.model.DecisionTopic;
import org.peerplan.model.FunderConstraint;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerRole;
import org.peerplan.model.SpeedUpChoice;
import org.peerplan.model.catalog.Catalog;
import org.peerplan.model.catalog.SpeedUpOptionDef;

/**
 * What the board must decide, read from a briefing's facts: each decision says why it comes to the board and, where
 * it can go more than one way, what each way means. Written for a board member: no rule ids or task codes.
 */
final class BoardDecisions {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final ImplementationPlan plan;

    private final Catalog catalog;

    private final BoardBriefing facts;

    BoardDecisions(ImplementationPlan plan, Catalog catalog, BoardBriefing facts) {
        this.plan = plan;
        this.catalog = catalog;
        this.facts = facts;
    }

    List<Decision> all() {
        List<Decision> decisions = new ArrayList<>();
        if (!facts.horizonMeetsMinimum()) {
            decisions.add(horizon());
        } else if (missesDeadline()) {
            decisions.add(deadlineMissed());
        }
        if (!plan.getRoles().isEmpty()) {
            double fte = plan.getRoles().stream().mapToDouble(PeerRole::getFte).sum();
            decisions.add(new Decision(String.format(Locale.ROOT, "Approve %s, %.1f FTE in all",
                    Labels.count(plan.getRoles().size(), "peer role", "peer roles"), fte),
                    "Each role's pay, supervision and duties are set out in its charter and job description."));
        }
        // A budget with no costs in it yet is not one to approve.
        if (sum(facts.budget(), BudgetYear::total).signum() > 0) {
            decisions.add(budget());
            facts.budget().stream().filter(y -> y.gap().signum() > 0 && y.totalFunding().signum() > 0)
                    .forEach(y -> decisions.add(new Decision("Find " + money(y.gap()) + " for plan year " + y.year(),
                            "The funding the plan counts on covers " + money(y.totalFunding()) + " of that year's "
                                    + money(y.total()) + " in costs.")));
        }
        if (plan.getDecisions().stream().noneMatch(d -> d.getTopic() == DecisionTopic.HIRING_SERVICE_RECIPIENTS)) {
            decisions.add(new Decision("Decide whether people who receive services here may be hired into peer roles",
                    "The guidance calls for a recorded position with safeguards for privacy and dual relationships."));
        }
        if (facts.errors() > 0) {
            decisions.add(new Decision("Ask staff to resolve the " + Labels.count(facts.errors(), "problem",
                    "problems") + " the validation report lists as errors before recruitment opens",
                    "Each departs from the toolkits' explicit guidance."));
        }
        return decisions;
    }

    /** The planned horizon is shorter than the band's minimum: keep the date and speed up, or move it. */
    private Decision horizon() {
        LocalDate earliest = facts.earliestFirstPeerStart();
        String need = "The readiness quiz calls for at least " + Labels.count(facts.quiz().minimumMonths(), "month",
                "months") + " of preparation, so the first peer would start on " + day(earliest) + " or later; the"
                + " plan allows " + Labels.count(facts.plannedMonths(), "month", "months") + ", to "
                + day(facts.firstPeerStart()) + ".";
        Option keep = new Option("Keep " + day(facts.firstPeerStart()), "Take speed-up options to make up the "
                + Labels.count(facts.quiz().minimumMonths() - facts.plannedMonths(), "month", "months") + ": "
                + speedUps());
        Deadline deadline = facts.deadline();
        if (deadline != null && earliest.isAfter(deadline.firstPeerBy())) {
            long late = ChronoUnit.DAYS.between(deadline.firstPeerBy(), earliest);
            return new Decision("Choose between the funder's deadline and the preparation the readiness quiz calls"
                    + " for", need + " " + funder(deadline) + " requires a peer working by "
                            + day(deadline.firstPeerBy()) + ".",
                    List.of(keep, new Option("Move the first peer's start to " + day(earliest),
                            "The full preparation, " + Labels.count(late, "day", "days") + " after the funder's"
                                    + " deadline: agree the later date with the funder first" + atStake() + ".")));
        }
        return new Decision("Move the first peer's start to " + day(earliest) + " or later, or keep the date with"
                + " speed-up options", need, List.of(keep, new Option("Move the first peer's start to "
                        + day(earliest), "The full preparation the readiness band calls for; no funder requires an"
                                + " earlier date.")));
    }

    private boolean missesDeadline() {
        return facts.deadline() != null && facts.firstPeerStart() != null
                && facts.firstPeerStart().isAfter(facts.deadline().firstPeerBy());
    }

    /** The plan itself starts the first peer after a funder's deadline. */
    private Decision deadlineMissed() {
        Deadline deadline = facts.deadline();
        return new Decision("Settle the first peer's start with the funder", "The plan starts the first peer on "
                + day(facts.firstPeerStart()) + ", after " + funder(deadline) + "'s deadline of "
                + day(deadline.firstPeerBy()) + ".", List.of(
                        new Option("Start by " + day(deadline.firstPeerBy()), "Less preparation, made up with"
                                + " speed-up options: " + speedUps()),
                        new Option("Keep " + day(facts.firstPeerStart()),
                                "Agree the later date with the funder" + atStake() + ".")));
    }

    private Decision budget() {
        BigDecimal total = sum(facts.budget(), BudgetYear::total);
        BigDecimal funding = sum(facts.budget(), BudgetYear::totalFunding);
        String reason = "Positions with their fringe benefits, training at list value, supervision, the action plan"
                + " and other costs, year by year.";
        if (funding.signum() > 0) {
            BigDecimal balance = funding.subtract(total);
            reason += " The funding the plan counts on comes to " + money(funding) + (balance.signum() >= 0
                    ? ", " + money(balance) + " more than the costs over the plan's years."
                    : ", " + money(balance.negate()) + " less than the costs.");
        }
        return new Decision(String.format(Locale.ROOT, "Approve the budget of %s over %s", money(total),
                Labels.count(facts.budget().size(), "year", "years")), reason);
    }

    /** The options the plan takes with their costs, or the catalog's options when it takes none. */
    private String speedUps() {
        List<SpeedUpChoice> chosen = plan.getTimeline().getSpeedUps();
        if (chosen.isEmpty()) {
            List<String> names = catalog.getSpeedUpOptions().stream().map(SpeedUpOptionDef::getName)
                    .map(BoardDecisions::inSentence).toList();
            return Labels.joined(names, "or") + ". The plan takes none yet, so none is costed.";
        }
        List<String> named = chosen.stream().map(c -> inSentence(c.getOption().getName()) + " ("
                + (c.getCost() == null ? "cost not estimated" : money(c.getCost())) + ")").toList();
        return "the plan takes " + Labels.joined(named, "and") + ".";
    }

    /** What rides on the funder's deadline, when the plan records the funder's yearly amount. */
    private String atStake() {
        return plan.getAgency().getFunderConstraints().stream()
                .filter(f -> f.getFirstPeerStartBy() != null && f.getAnnualAmount() != null)
                .filter(f -> f.getFirstPeerStartBy().equals(facts.deadline().firstPeerBy())).findFirst()
                .map(FunderConstraint::getAnnualAmount)
                .map(amount -> ", since " + money(amount) + " a year of its funding depends on that date").orElse("");
    }

    private static String funder(Deadline deadline) {
        return deadline.funder() == null || deadline.funder().isBlank() ? "A funder" : deadline.funder();
    }

    private static String inSentence(String name) {
        return name == null || name.isEmpty() ? "" : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static BigDecimal sum(List<BudgetYear> years, Function<BudgetYear, BigDecimal> part) {
        return years.stream().map(part).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String money(BigDecimal amount) {
        return String.format(Locale.ROOT, "$%,.0f", amount);
    }

    private static String day(LocalDate date) {
        return READABLE.format(date);
    }
}
