package org.peerplan.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.budget.BudgetCalculator;
import org.peerplan.core.budget.BudgetYear;
import org.peerplan.core.budget.BudgetYear.Funding;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.plan.NewPlanFactory;
import org.peerplan.core.tests.rules.RuleHarness;
import org.peerplan.model.Action;
import org.peerplan.model.BudgetCategory;
import org.peerplan.model.BudgetLine;
import org.peerplan.model.FunderConstraint;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.PeerRole;
import org.peerplan.model.TrainingSession;
import org.peerplan.model.catalog.Catalog;
import org.peerplan.model.catalog.CourseDef;

/**
 * The plan's costs per plan year: positions, their fringe benefits and contracted supervision prorated day by day from
 * the first peer's start, sessions in the year of their date (menu courses at list value, others at their own cost),
 * actions in the year they are due, budget lines in their own year, each year's total; and the funding against it.
 */
class BudgetCalculatorTest {

    private static final PeerPlanFactory MODEL = PeerPlanFactory.eINSTANCE;

    /** Plan year 1 is 2027-01-01 to 2028-01-01 (365 days); year 2 runs to 2029-01-01 (366 days, 2028 is leap). */
    private static final LocalDate PLAN_START = LocalDate.of(2027, 1, 1);

    /** 183 days before the end of plan year 1. */
    private static final LocalDate FIRST_PEER = LocalDate.of(2027, 7, 2);

    private final BudgetCalculator calculator = new BudgetCalculator();

    private Catalog catalog;

    private ImplementationPlan plan;

    @BeforeEach
    void newPlan() throws IOException {
        catalog = ToolkitCatalog.in(PlanStore.newResourceSet());
        plan = new NewPlanFactory(catalog).create("Hillside Recovery Services", "OR", PLAN_START);
        plan.getTimeline().setFirstPeerStart(FIRST_PEER);
    }

    // Years -----------------------------------------------------------------------------------------------------

    @Test
    void aPlanWithoutCostsShowsTwoEmptyYears() {
        List<BudgetYear> years = calculator.years(plan);
        assertEquals(2, years.size());
        assertEquals(PLAN_START, years.get(0).start());
        assertEquals(LocalDate.of(2028, 1, 1), years.get(0).end());
        assertEquals(years.get(0).end(), years.get(1).start());
        assertEquals(LocalDate.of(2029, 1, 1), years.get(1).end());
        assertEquals(Map.of(), years.get(0).byCategory());
        assertMoney("0", years.get(1).total());
    }

    @Test
    void aPlanWithoutStartDateCannotBeCosted() {
        plan.getTimeline().setPlanStart(null);
        assertThrows(IllegalStateException.class, () -> calculator.years(plan));
    }

    // Positions and supervision ---------------------------------------------------------------------------------

    @Test
    void annualCostIsFteTimesRateTimesHoursPerFte() {
        assertMoney("30000", BudgetCalculator.annualCost(role("30.00", 0.5, null), 2000));
        assertMoney("0", BudgetCalculator.annualCost(role(null, 1.0, null), 2080), "a role without a rate");
    }

    @Test
    void positionsAreProratedFromTheFirstPeersStart() {
        plan.getRoles().add(role("25.00", 1.0, null));
        List<BudgetYear> years = calculator.years(plan);
        // 1.0 FTE × $25.00 × 2080 h = $52,000 a year; 183 of year 1's 365 days have peers.
        assertMoney("26071.23", years.get(0).of(BudgetCategory.POSITIONS));
        assertMoney("52000.00", years.get(1).of(BudgetCategory.POSITIONS));
    }

    @Test
    void positionsUseTheAgencysHoursPerFte() {
        plan.getAgency().setHoursPerFte(1950);
        plan.getRoles().add(role("20.00", 2.0, null));
        assertMoney("78000.00", calculator.years(plan).get(1).of(BudgetCategory.POSITIONS));
    }

    @Test
    void noPositionCostsBeforeTheFirstPeerStartsOrWithoutAStart() {
        plan.getRoles().add(role("25.00", 1.0, null));
        plan.getTimeline().setFirstPeerStart(LocalDate.of(2028, 1, 1));
        List<BudgetYear> years = calculator.years(plan);
        assertMoney("0", years.get(0).of(BudgetCategory.POSITIONS));
        assertMoney("52000.00", years.get(1).of(BudgetCategory.POSITIONS));

        plan.getTimeline().setFirstPeerStart(null);
        calculator.years(plan).forEach(year -> assertMoney("0", year.total()));
    }

    @Test
    void contractedSupervisionIsProratedLikePositions() {
        plan.getRoles().add(role(null, 1.0, "12000"));
        List<BudgetYear> years = calculator.years(plan);
        assertMoney("6016.44", years.get(0).of(BudgetCategory.SUPERVISION));
        assertMoney("12000.00", years.get(1).of(BudgetCategory.SUPERVISION));
        assertMoney("0", years.get(0).of(BudgetCategory.POSITIONS));
    }

    // Training --------------------------------------------------------------------------------------------------

    @Test
    void menuSessionsFallInTheYearOfTheirDateAtListValue() {
        session(course("TR-01"), LocalDate.of(2027, 6, 1), null);
        session(course("TR-20"), LocalDate.of(2027, 12, 31), "999");
        session(course("TR-21"), LocalDate.of(2028, 1, 1), null);
        session(course("TR-11"), null, null);
        List<BudgetYear> years = calculator.years(plan);
        assertEquals(2, years.size());
        assertMoney("14000", years.get(0).of(BudgetCategory.TRAINING), "Recovery 101 and WRAP I at list value");
        assertMoney("18000", years.get(1).of(BudgetCategory.TRAINING), "WRAP II on the first day of year 2");
    }

    @Test
    void aSessionInALaterYearAddsThatYear() {
        session(course("TR-05"), LocalDate.of(2029, 2, 1), null);
        List<BudgetYear> years = calculator.years(plan);
        assertEquals(3, years.size());
        assertEquals(LocalDate.of(2030, 1, 1), years.get(2).end());
        assertMoney("4000", years.get(2).of(BudgetCategory.TRAINING));
    }

    @Test
    void sessionsOffTheMenuCostWhatThePlanRecords() {
        TrainingSession readiness = session(null, LocalDate.of(2027, 5, 19), "3500.00");
        TrainingSession free = session(null, LocalDate.of(2027, 5, 26), null);
        assertMoney("3500.00", BudgetCalculator.cost(readiness));
        assertMoney("0", BudgetCalculator.cost(free));
        assertMoney("3500.00", calculator.years(plan).get(0).of(BudgetCategory.TRAINING));
    }

    // Budget lines and totals -----------------------------------------------------------------------------------

    @Test
    void budgetLinesCountInTheirOwnYearAndCategory() {
        line(BudgetCategory.OTHER, "1000", 1);
        line(BudgetCategory.OTHER, "250.50", 1);
        line(BudgetCategory.TRAVEL, "400", 1);
        line(BudgetCategory.CONSULTATION, "12000", 3);
        line(BudgetCategory.RECRUITMENT, null, 2);
        List<BudgetYear> years = calculator.years(plan);
        assertEquals(3, years.size());
        assertMoney("1250.50", years.get(0).of(BudgetCategory.OTHER));
        assertMoney("400", years.get(0).of(BudgetCategory.TRAVEL));
        assertEquals(Map.of(), years.get(1).byCategory(), "a line without amount costs nothing");
        assertMoney("12000", years.get(2).of(BudgetCategory.CONSULTATION));
    }

    @Test
    void eachYearsTotalAddsUpItsCategories() {
        plan.getRoles().add(role("25.00", 1.0, "12000"));
        session(course("TR-01"), LocalDate.of(2027, 6, 1), null);
        session(null, LocalDate.of(2028, 3, 1), "800");
        line(BudgetCategory.OTHER, "1000", 1);
        line(BudgetCategory.TRAINING, "500", 2);
        List<BudgetYear> years = calculator.years(plan);
        assertMoney("37087.67", years.get(0).total(), "26071.23 + 6016.44 + 4000 + 1000");
        assertMoney("65300.00", years.get(1).total(), "52000 + 12000 + 800 + 500");
        assertMoney("1300", years.get(1).of(BudgetCategory.TRAINING), "session and training line together");
    }

    @Test
    void positionsCarryTheAgencysFringeBenefitRate() {
        plan.getRoles().add(role("25.00", 1.0, null));
        plan.getAgency().setFringeBenefitRate(0.30);
        BudgetYear second = calculator.years(plan).get(1);
        assertMoney("52000.00", second.of(BudgetCategory.POSITIONS));
        assertMoney("15600.00", second.of(BudgetCategory.FRINGE_BENEFITS), "30 % of the wages");
        plan.getAgency().setFringeBenefitRate(null);
        assertMoney("0", calculator.years(plan).get(1).of(BudgetCategory.FRINGE_BENEFITS), "no rate, no fringe");
    }

    @Test
    void actionsCostInTheYearTheyAreDue() {
        action("1500", LocalDate.of(2027, 3, 1));
        action("700", null);
        action("2500", LocalDate.of(2029, 2, 1));
        List<BudgetYear> years = calculator.years(plan);
        assertEquals(3, years.size(), "an action due in the third year adds that year");
        assertMoney("2200", years.get(0).of(BudgetCategory.ACTIONS), "an action without a date counts in year 1");
        assertMoney("2500", years.get(2).of(BudgetCategory.ACTIONS));
    }

    @Test
    void fundersAndMedicaidBillingAreSetAgainstTheCosts() {
        plan.getRoles().add(role("25.00", 1.0, null));
        FunderConstraint county = MODEL.createFunderConstraint();
        county.setFunder("County behavioral health");
        county.setAnnualAmount(new BigDecimal("40000"));
        plan.getAgency().getFunderConstraints().add(county);
        plan.getAgency().setMedicaidHourlyRate(new BigDecimal("40.00"));
        plan.getAgency().setBillableShare(0.25);
        BudgetYear second = calculator.years(plan).get(1);
        assertEquals(List.of("County behavioral health"), second.funding().stream().map(Funding::source).toList(),
                "no Medicaid while the agency does not bill it");

        plan.getAgency().setBillsMedicaidForPeerServices(true);
        List<BudgetYear> years = calculator.years(plan);
        second = years.get(1);
        assertMoney("20800.00", second.funding().get(1).amount(), "1.0 FTE × 2,080 h × 25 % × $40");
        assertMoney("60800.00", second.totalFunding());
        assertMoney("-8800.00", second.gap(), "costs of 52,000 less funding of 60,800");
        assertMoney("10428.49", years.get(0).funding().get(1).amount(), "billing from the first peer's start");
    }

    @Test
    void theExamplesYearsMatchItsReadme() {
        List<BudgetYear> years = calculator.years(RuleHarness.example());
        assertEquals(2, years.size());
        BudgetYear first = years.get(0);
        // 4.0 FTE from 2027-10-04: 92 of 365 days of $118,560 and $121,680.
        assertMoney("60553.65", first.of(BudgetCategory.POSITIONS));
        assertMoney("18166.10", first.of(BudgetCategory.FRINGE_BENEFITS), "30 % of the wages");
        assertMoney("2419.73", first.of(BudgetCategory.SUPERVISION));
        assertMoney("48500", first.of(BudgetCategory.TRAINING), "seven menu sessions and the readiness training");
        assertMoney("13400", first.of(BudgetCategory.ACTIONS), "the six costed actions, all due in 2027");
        assertMoney("50500", first.of(BudgetCategory.RECRUITMENT).add(first.of(BudgetCategory.CONSULTATION))
                .add(first.of(BudgetCategory.TRAVEL)).add(first.of(BudgetCategory.OTHER)), "the README's year 1");
        assertMoney("193539.48", first.total());
        assertMoney("272211.39", first.totalFunding(), "the county's $240,000 and 92 days of Medicaid billing");
        BudgetYear second = years.get(1);
        assertMoney("240240.00", second.of(BudgetCategory.POSITIONS));
        assertMoney("72072.00", second.of(BudgetCategory.FRINGE_BENEFITS));
        assertMoney("18000", second.of(BudgetCategory.TRAINING), "WRAP Seminar II");
        assertMoney("365212.00", second.total());
        assertMoney("-2583.20", second.gap(), "$367,795.20 of funding");
        for (BudgetYear year : years) {
            BigDecimal parts = BigDecimal.ZERO;
            for (BudgetCategory category : BudgetCategory.values()) {
                parts = parts.add(year.of(category));
            }
            assertMoney(parts.toPlainString(), year.total(), "the total is the sum of every category");
        }
    }

    // Builders and assertions -----------------------------------------------------------------------------------

    private static PeerRole role(String hourlyRate, double fte, String contractedSupervision) {
        PeerRole role = MODEL.createPeerRole();
        role.setTitle("Peer Support Specialist");
        role.setFte(fte);
        role.setHourlyRate(hourlyRate == null ? null : new BigDecimal(hourlyRate));
        role.setContractedSupervisionPerYear(
                contractedSupervision == null ? null : new BigDecimal(contractedSupervision));
        return role;
    }

    private CourseDef course(String code) {
        return catalog.getCourses().stream().filter(c -> code.equals(c.getCode())).findFirst().orElseThrow();
    }

    private TrainingSession session(CourseDef course, LocalDate date, String cost) {
        TrainingSession session = MODEL.createTrainingSession();
        session.setCourse(course);
        session.setTitle(course == null ? "Staff readiness training" : null);
        session.setDate(date);
        session.setCost(cost == null ? null : new BigDecimal(cost));
        plan.getTrainingPlan().getSessions().add(session);
        return session;
    }

    private void action(String cost, LocalDate due) {
        Action action = MODEL.createAction();
        action.setCost(new BigDecimal(cost));
        action.setDue(due);
        plan.getActions().add(action);
    }

    private void line(BudgetCategory category, String amount, int year) {
        BudgetLine line = MODEL.createBudgetLine();
        line.setCategory(category);
        line.setDescription(category + " in year " + year);
        line.setAmount(amount == null ? null : new BigDecimal(amount));
        line.setYear(year);
        plan.getBudget().getLines().add(line);
    }

    private static void assertMoney(String expected, BigDecimal actual) {
        assertMoney(expected, actual, null);
    }

    /** Equal as amounts, whatever the scale: 4000 equals 4000.00. */
    private static void assertMoney(String expected, BigDecimal actual, String message) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual),
                () -> (message == null ? "" : message + ": ") + "expected " + expected + " but was " + actual);
    }
}
