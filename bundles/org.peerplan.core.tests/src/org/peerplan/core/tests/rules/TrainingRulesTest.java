package org.peerplan.core.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.peerplan.core.tests.rules.ExampleLookup.get;
import static org.peerplan.core.tests.rules.ExampleLookup.none;
import static org.peerplan.core.tests.rules.ExampleLookup.single;
import static org.peerplan.core.tests.rules.RuleHarness.domain;
import static org.peerplan.core.tests.rules.RuleHarness.example;
import static org.peerplan.core.tests.rules.RuleHarness.execute;
import static org.peerplan.core.tests.rules.RuleHarness.findings;
import static org.peerplan.core.tests.rules.RuleHarness.item;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.Severity;
import org.peerplan.model.BudgetCategory;
import org.peerplan.model.BudgetLine;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.PeerRole;
import org.peerplan.model.Person;
import org.peerplan.model.Task;
import org.peerplan.model.TrainingSession;
import org.peerplan.model.WellbeingPracticeKind;
import org.peerplan.model.catalog.ChecklistItemDef;

/** The training rules R50–R57 on the example, which passes all but R52, and on plans changed to break them. */
class TrainingRulesTest {

    private static final PeerPlanFactory MODEL = PeerPlanFactory.eINSTANCE;

    private static final String SPECIALIST = "role-peer-support-specialist";

    // R50 -------------------------------------------------------------------------------------------------------

    @Test
    void r50PassesWhenCertificationIsDueWithinSixMonths() {
        none("R50", example());
    }

    @Test
    void r50FlagsCertificationDueLaterAndTheFixSetsSixMonths() {
        ImplementationPlan plan = example();
        PeerRole role = get(plan, SPECIALIST, PeerRole.class);
        role.setCertificationWithinMonths(9);
        Finding finding = single("R50", plan, Severity.WARNING, role, "Peer Support Specialist", "within 9 months",
                "within 6 months");
        assertEquals(1, finding.fixes().size());

        EditingDomain domain = domain(plan);
        execute(domain, finding.fixes().get(0).command(domain));
        assertEquals(6, role.getCertificationWithinMonths());
        none("R50", plan);
        domain.getCommandStack().undo();
        assertEquals(9, role.getCertificationWithinMonths());
        assertEquals(1, findings("R50", plan).size(), "undo brings the finding back");
    }

    @Test
    void r50FlagsANegativeTimeFrame() {
        ImplementationPlan plan = example();
        PeerRole role = get(plan, SPECIALIST, PeerRole.class);
        role.setCertificationWithinMonths(-2);
        single("R50", plan, Severity.WARNING, role, "impossible time frame");
    }

    @Test
    void r50IgnoresRolesThatRequireNoCertification() {
        ImplementationPlan plan = example();
        PeerRole role = get(plan, SPECIALIST, PeerRole.class);
        role.setCertification(" ");
        role.setCertificationWithinMonths(12);
        none("R50", plan);
    }

    // R51 -------------------------------------------------------------------------------------------------------

    @Test
    void r51PassesWithTwentyFourHoursInCalifornia() {
        none("R51", example());
    }

    @Test
    void r51FlagsTooFewHoursInCalifornia() {
        ImplementationPlan plan = example();
        PeerRole role = get(plan, SPECIALIST, PeerRole.class);
        role.setPlannedCeHoursPerTwoYears(12);
        single("R51", plan, Severity.ERROR, role, "Peer Support Specialist", "plans 12 hours", "at least 20 hours");
    }

    @Test
    void r51AcceptsExactlyTwentyHours() {
        ImplementationPlan plan = example();
        get(plan, SPECIALIST, PeerRole.class).setPlannedCeHoursPerTwoYears(20);
        none("R51", plan);
    }

    @Test
    void r51DoesNotApplyOutsideCalifornia() {
        ImplementationPlan plan = example();
        plan.getAgency().setState("OR");
        get(plan, SPECIALIST, PeerRole.class).setPlannedCeHoursPerTwoYears(12);
        none("R51", plan);
    }

    // R52 -------------------------------------------------------------------------------------------------------

    @Test
    void r52FlagsTheUnderfilledMakingConnectionsSession() {
        ImplementationPlan plan = example();
        single("R52", plan, Severity.ERROR, get(plan, "session-making-connections", TrainingSession.class),
                "Making Connections", "2027-07-14", "8 attendees", "5 named, 3 more", "10 to 25");
    }

    @Test
    void r52PassesWhenAttendanceReachesTheMinimum() {
        ImplementationPlan plan = example();
        get(plan, "session-making-connections", TrainingSession.class).setAdditionalAttendees(5);
        none("R52", plan);
    }

    @Test
    void r52FlagsASessionOverTheMaximum() {
        ImplementationPlan plan = example();
        TrainingSession session = get(plan, "session-making-connections", TrainingSession.class);
        session.setAdditionalAttendees(21);
        single("R52", plan, Severity.ERROR, session, "26 attendees", "10 to 25");
    }

    @Test
    void r52IgnoresSessionsThatAreNotOnTheMenu() {
        ImplementationPlan plan = example();
        get(plan, "session-making-connections", TrainingSession.class).setAdditionalAttendees(5);
        get(plan, "session-readiness", TrainingSession.class).setAdditionalAttendees(500);
        none("R52", plan);
    }

    // R53 -------------------------------------------------------------------------------------------------------

    @Test
    void r53PassesWhenManagersAndStaffHaveTheirOwnSessions() {
        none("R53", example());
    }

    @Test
    void r53FlagsARecovery101SessionThatMixesManagersAndStaff() {
        ImplementationPlan plan = example();
        TrainingSession session = get(plan, "session-recovery101-managers", TrainingSession.class);
        session.getAttendees().add(get(plan, "person-kevin-lee", Person.class));
        single("R53", plan, Severity.ERROR, session, "Recovery 101", "2027-03-24", "Elena Vasquez", "Kevin Lee",
                "separately");
    }

    @Test
    void r53IgnoresCoursesThatMayMixManagersAndStaff() {
        ImplementationPlan plan = example();
        get(plan, "session-working-in-recovery", TrainingSession.class).getAttendees()
                .add(get(plan, "person-kevin-lee", Person.class));
        none("R53", plan);
    }

    // R54 -------------------------------------------------------------------------------------------------------

    @Test
    void r54PassesWhenSeminarIIFollowsSeminarIForTheSamePeople() {
        none("R54", example());
    }

    @Test
    void r54FlagsAParticipantWithoutSeminarI() {
        ImplementationPlan plan = example();
        TrainingSession seminar2 = get(plan, "session-wrap-2", TrainingSession.class);
        seminar2.getAttendees().add(get(plan, "person-luis-moreno", Person.class));
        Finding finding = single("R54", plan, Severity.ERROR, seminar2, "WRAP® Seminar II", "2028-02-07",
                "Luis Moreno", "WRAP® Seminar I");
        assertEquals(false, finding.message().contains("Sofia Ramirez"), finding.message());
    }

    @Test
    void r54FlagsSeminarIIBeforeSeminarIHasFinished() {
        ImplementationPlan plan = example();
        TrainingSession seminar2 = get(plan, "session-wrap-2", TrainingSession.class);
        seminar2.setDate(LocalDate.of(2027, 11, 9));
        single("R54", plan, Severity.ERROR, seminar2, "Sofia Ramirez", "James Okafor");
        seminar2.setDate(LocalDate.of(2027, 11, 10));
        none("R54", plan);
    }

    @Test
    void r54FlagsAnUnnamedSeminarIIWithNoSeminarIBeforeIt() {
        ImplementationPlan plan = example();
        plan.getTrainingPlan().getSessions().remove(get(plan, "session-wrap-1", TrainingSession.class));
        TrainingSession seminar2 = get(plan, "session-wrap-2", TrainingSession.class);
        seminar2.getAttendees().clear();
        single("R54", plan, Severity.ERROR, seminar2, "comes after no WRAP® Seminar I session");
    }

    // R55 -------------------------------------------------------------------------------------------------------

    @Test
    void r55PassesWithThePeerOrientationInWeekOne() {
        none("R55", example());
    }

    @Test
    void r55FlagsAnOrientationAfterWeekOne() {
        ImplementationPlan plan = example();
        Task orientation = get(plan, "task-ob-30-4", Task.class);
        orientation.setStart(LocalDate.of(2027, 10, 20));
        single("R55", plan, Severity.ERROR, orientation, "WISE Peer Orientation Program", "2027-10-20",
                "2027-10-04 to 2027-10-10", "week one");
    }

    @Test
    void r55FlagsAPlanWithoutOrientation() {
        ImplementationPlan plan = example();
        Task orientation = get(plan, "task-ob-30-4", Task.class);
        orientation.setTemplate(null);
        orientation.getCovers().clear();
        single("R55", plan, Severity.ERROR, plan.getTimeline(), "no peer orientation", "2027-10-04",
                "2027-10-10");
    }

    @Test
    void r55AcceptsAnEquivalentSessionCoveringTheOrientationTopics() {
        ImplementationPlan plan = example();
        Task orientation = get(plan, "task-ob-30-4", Task.class);
        orientation.setTemplate(null);
        orientation.getCovers().clear();
        TrainingSession session = MODEL.createTrainingSession();
        session.setTitle("County peer orientation");
        session.setDate(LocalDate.of(2027, 10, 5));
        for (int topic = 1; topic <= 10; topic++) {
            session.getCovers().add(item(plan, "PO-" + topic, ChecklistItemDef.class));
        }
        plan.getTrainingPlan().getSessions().add(session);
        none("R55", plan);

        session.setDate(LocalDate.of(2027, 11, 1));
        single("R55", plan, Severity.ERROR, session, "County peer orientation", "2027-11-01");
    }

    @Test
    void r55DoesNotCountASessionCoveringOnlySomeTopics() {
        ImplementationPlan plan = example();
        Task orientation = get(plan, "task-ob-30-4", Task.class);
        orientation.setTemplate(null);
        orientation.getCovers().clear();
        TrainingSession session = MODEL.createTrainingSession();
        session.setTitle("HIPAA refresher");
        session.setDate(LocalDate.of(2027, 10, 5));
        session.getCovers().add(item(plan, "PO-1", ChecklistItemDef.class));
        plan.getTrainingPlan().getSessions().add(session);
        single("R55", plan, Severity.ERROR, plan.getTimeline(), "no peer orientation");
    }

    // R56 -------------------------------------------------------------------------------------------------------

    @Test
    void r56PassesWithSelfCareAndVicariousTraumaSupport() {
        none("R56", example());
    }

    @Test
    void r56FlagsAPlanWithoutSelfCare() {
        ImplementationPlan plan = example();
        plan.getTrainingPlan().getSessions().remove(get(plan, "session-self-care", TrainingSession.class));
        removePractice(plan, WellbeingPracticeKind.SELF_CARE);
        single("R56", plan, Severity.WARNING, plan.getTrainingPlan(), "no self-care");
    }

    @Test
    void r56AcceptsASelfCareCourseWithoutASelfCarePractice() {
        ImplementationPlan plan = example();
        removePractice(plan, WellbeingPracticeKind.SELF_CARE);
        none("R56", plan);
    }

    @Test
    void r56FlagsAPlanThatIgnoresVicariousTraumaUntilATraumaTrainingIsAdded() {
        ImplementationPlan plan = example();
        removePractice(plan, WellbeingPracticeKind.VICARIOUS_TRAUMA_SUPPORT);
        single("R56", plan, Severity.WARNING, plan.getTrainingPlan(), "vicarious trauma", "trauma-informed care");

        TrainingSession session = MODEL.createTrainingSession();
        session.setTitle("Trauma-Informed Care for peer staff");
        session.setDate(LocalDate.of(2027, 11, 15));
        plan.getTrainingPlan().getSessions().add(session);
        none("R56", plan);
    }

    private static void removePractice(ImplementationPlan plan, WellbeingPracticeKind kind) {
        plan.getSupervision().getWellbeingPractices().removeIf(p -> p.getKind() == kind);
    }

    // R57 -------------------------------------------------------------------------------------------------------

    @Test
    void r57IsSilentWithoutTrainingBudgetLines() {
        none("R57", example());
    }

    @Test
    void r57InformsWhenTrainingLinesDifferFromTheListValue() {
        ImplementationPlan plan = example();
        plan.getBudget().getLines().add(line(BudgetCategory.TRAINING, "50000", 1));
        single("R57", plan, Severity.INFO, plan.getBudget(), "$50,000", "$63,000",
                "list value; discounts or no-cost delivery may apply");
    }

    @Test
    void r57IsSilentWhenTrainingLinesMatchTheListValue() {
        ImplementationPlan plan = example();
        plan.getBudget().getLines().add(line(BudgetCategory.TRAINING, "45000", 1));
        plan.getBudget().getLines().add(line(BudgetCategory.TRAINING, "18000.00", 2));
        none("R57", plan);
    }

    static BudgetLine line(BudgetCategory category, String amount, int year) {
        BudgetLine line = MODEL.createBudgetLine();
        line.setCategory(category);
        line.setDescription(category + " line");
        line.setAmount(new BigDecimal(amount));
        line.setYear(year);
        return line;
    }
}
