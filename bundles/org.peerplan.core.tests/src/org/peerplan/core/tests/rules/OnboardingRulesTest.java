package org.peerplan.core.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peerplan.core.tests.rules.ExampleLookup.get;
import static org.peerplan.core.tests.rules.ExampleLookup.none;
import static org.peerplan.core.tests.rules.ExampleLookup.single;
import static org.peerplan.core.tests.rules.RuleHarness.domain;
import static org.peerplan.core.tests.rules.RuleHarness.example;
import static org.peerplan.core.tests.rules.RuleHarness.execute;
import static org.peerplan.core.tests.rules.RuleHarness.findings;
import static org.peerplan.core.tests.rules.RuleHarness.item;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.Severity;
import org.peerplan.model.Accommodation;
import org.peerplan.model.CategoryComment;
import org.peerplan.model.CheckInFrequency;
import org.peerplan.model.CollaborativeWorkPlan;
import org.peerplan.model.DevelopmentPlanAnswer;
import org.peerplan.model.EvaluationEntry;
import org.peerplan.model.EvaluationRating;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.PeerRole;
import org.peerplan.model.PerformanceEvaluation;
import org.peerplan.model.Person;
import org.peerplan.model.PlanOfAction;
import org.peerplan.model.PlanOfActionOutcome;
import org.peerplan.model.Task;
import org.peerplan.model.WorkPlanNeed;
import org.peerplan.model.WorkPlanNeedType;
import org.peerplan.model.YesNo;
import org.peerplan.model.catalog.ChecklistItemDef;
import org.peerplan.model.catalog.EvaluationCategoryDef;
import org.peerplan.model.catalog.EvaluationItemDef;

/**
 * The onboarding and performance rules R58–R65. The example has no performance records (no peer is hired yet), so
 * the tests build evaluations, work plans, plans of action and accommodations for a peer hired in October 2027.
 */
class OnboardingRulesTest {

    private static final PeerPlanFactory MODEL = PeerPlanFactory.eINSTANCE;

    // R58 -------------------------------------------------------------------------------------------------------

    @Test
    void r58PassesWithWeeklyCheckInsAndOccasionalNonPeerCheckIns() {
        none("R58", example());
    }

    @Test
    void r58FlagsQuarterlyCheckIns() {
        ImplementationPlan plan = example();
        PeerRole role = get(plan, "role-peer-recovery-coach", PeerRole.class);
        role.setCheckInFrequency(CheckInFrequency.QUARTERLY);
        single("R58", plan, Severity.ERROR, role, "Peer Recovery Coach", "checks in quarterly", "at least monthly");
    }

    @Test
    void r58FlagsARoleWithoutCheckIns() {
        ImplementationPlan plan = example();
        PeerRole role = get(plan, "role-peer-recovery-coach", PeerRole.class);
        role.setCheckInFrequency(CheckInFrequency.NONE);
        single("R58", plan, Severity.ERROR, role, "no scheduled check-ins");
    }

    @Test
    void r58AcceptsBiweeklyAndMonthlyCheckIns() {
        ImplementationPlan plan = example();
        get(plan, "role-peer-recovery-coach", PeerRole.class).setCheckInFrequency(CheckInFrequency.BIWEEKLY);
        get(plan, "role-peer-support-specialist", PeerRole.class).setCheckInFrequency(CheckInFrequency.MONTHLY);
        none("R58", plan);
    }

    @Test
    void r58FlagsMissingCheckInsWithNonPeerStaff() {
        ImplementationPlan plan = example();
        plan.getSupervision().setNonPeerCheckIns(CheckInFrequency.NONE);
        single("R58", plan, Severity.ERROR, plan.getSupervision(), "no check-ins with non-peer staff");
    }

    @Test
    void r58DoesNotAskForNonPeerCheckInsBeforeThePlanHasPeerRoles() {
        ImplementationPlan plan = example();
        plan.getSupervision().setNonPeerCheckIns(CheckInFrequency.NONE);
        plan.getRoles().clear();
        none("R58", plan);
    }

    // R59 -------------------------------------------------------------------------------------------------------

    @Test
    void r59PassesWhenDayOneCoversDataSecurityAndRecords() {
        none("R59", example());
    }

    @Test
    void r59FlagsAMissingTopicAndTheFixAddsIt() {
        ImplementationPlan plan = example();
        Task dayOne = get(plan, "task-ob-30-2", Task.class);
        dayOne.getCovers().removeIf(i -> i.getCode().equals("DAY1-5"));
        Finding finding = single("R59", plan, Severity.ERROR, dayOne, "Day one: agency orientation",
                "data security protocols");
        assertTrue(!finding.message().contains("record-keeping"), finding.message());
        assertEquals(1, finding.fixes().size());
        assertTrue(finding.fixes().get(0).label().contains("DAY1-5"), finding.fixes().get(0).label());

        EditingDomain domain = domain(plan);
        execute(domain, finding.fixes().get(0).command(domain));
        none("R59", plan);
        domain.getCommandStack().undo();
        assertEquals(1, findings("R59", plan).size(), "undo brings the finding back");
    }

    @Test
    void r59NamesBothTopicsWhenBothAreMissing() {
        ImplementationPlan plan = example();
        Task dayOne = get(plan, "task-ob-30-2", Task.class);
        dayOne.getCovers().removeIf(i -> i.getCode().equals("DAY1-5") || i.getCode().equals("DAY1-6"));
        single("R59", plan, Severity.ERROR, dayOne, "data security protocols and documentation and record-keeping");
    }

    @Test
    void r59FlagsATimelineWithoutDayOneOrientation() {
        ImplementationPlan plan = example();
        get(plan, "task-ob-30-2", Task.class).setTemplate(null);
        single("R59", plan, Severity.ERROR, plan.getTimeline(), "no day-one agency orientation");
    }

    // R60 -------------------------------------------------------------------------------------------------------

    @Test
    void r60PassesWithoutEvaluations() {
        none("R60", example());
    }

    @Test
    void r60FlagsADevelopingRatingWithoutComment() {
        ImplementationPlan plan = example();
        PerformanceEvaluation evaluation = evaluation(plan, LocalDate.of(2028, 4, 3));
        rate(plan, evaluation, "I-1", EvaluationRating.DEVELOPING);
        rate(plan, evaluation, "I-2", EvaluationRating.NOT_ENOUGH_INFORMATION);
        rate(plan, evaluation, "II-1", EvaluationRating.PROFICIENT);
        single("R60", plan, Severity.ERROR, evaluation, "Jordan Ellis", "2028-04-03", "2 items",
                "Engages Clients in Collaborative and Caring Relationships", "requires");
    }

    @Test
    void r60FlagsABlankCommentAndPassesOnceCommented() {
        ImplementationPlan plan = example();
        PerformanceEvaluation evaluation = evaluation(plan, LocalDate.of(2028, 4, 3));
        rate(plan, evaluation, "II-3", EvaluationRating.DEVELOPING);
        CategoryComment comment = MODEL.createCategoryComment();
        comment.setCategory(item(plan, "EVAL-II", EvaluationCategoryDef.class));
        comment.setComment("  ");
        evaluation.getComments().add(comment);
        single("R60", plan, Severity.ERROR, evaluation, "1 item", "Provides Support");

        comment.setComment("Still learning to share hope about recovery; practising in supervision.");
        none("R60", plan);
    }

    @Test
    void r60DoesNotAskForCommentsOnAdvancedOrProficientRatings() {
        ImplementationPlan plan = example();
        PerformanceEvaluation evaluation = evaluation(plan, LocalDate.of(2028, 4, 3));
        rate(plan, evaluation, "I-1", EvaluationRating.ADVANCED);
        rate(plan, evaluation, "I-2", EvaluationRating.PROFICIENT);
        rate(plan, evaluation, "I-3", EvaluationRating.NOT_APPLICABLE);
        none("R60", plan);
    }

    // R61 -------------------------------------------------------------------------------------------------------

    @Test
    void r61AllowsAFewNotApplicableItems() {
        ImplementationPlan plan = example();
        PerformanceEvaluation evaluation = evaluation(plan, LocalDate.of(2029, 4, 3));
        for (String code : List.of("VI-4", "VI-5", "X-4")) {
            rate(plan, evaluation, code, EvaluationRating.NOT_APPLICABLE);
        }
        none("R61", plan);
    }

    @Test
    void r61FlagsMoreThanAFewNotApplicableItems() {
        ImplementationPlan plan = example();
        PerformanceEvaluation evaluation = evaluation(plan, LocalDate.of(2029, 4, 3));
        for (String code : List.of("VI-4", "VI-5", "X-4", "XI-3")) {
            rate(plan, evaluation, code, EvaluationRating.NOT_APPLICABLE);
        }
        single("R61", plan, Severity.WARNING, evaluation, "4 items Not Applicable", "completely unrelated");
    }

    @Test
    void r61FlagsNotEnoughInformationForANewEmployee() {
        ImplementationPlan plan = example();
        PerformanceEvaluation evaluation = evaluation(plan, LocalDate.of(2028, 1, 5));
        rate(plan, evaluation, "V-2", EvaluationRating.NOT_ENOUGH_INFORMATION);
        single("R61", plan, Severity.WARNING, evaluation, "1 item Not Enough Information", "first year",
                "Developing");
    }

    @Test
    void r61AcceptsNotEnoughInformationAfterTheFirstYear() {
        ImplementationPlan plan = example();
        PerformanceEvaluation evaluation = evaluation(plan, LocalDate.of(2028, 10, 4));
        rate(plan, evaluation, "V-2", EvaluationRating.NOT_ENOUGH_INFORMATION);
        none("R61", plan);
    }

    // R62 -------------------------------------------------------------------------------------------------------

    @Test
    void r62PassesWithAnOpenPlanOfActionThatHasATimeFrame() {
        ImplementationPlan plan = example();
        planOfAction(plan, LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 30));
        none("R62", plan);
    }

    @Test
    void r62FlagsAPlanOfActionWithoutEndDate() {
        ImplementationPlan plan = example();
        PlanOfAction action = planOfAction(plan, LocalDate.of(2027, 4, 1), null);
        single("R62", plan, Severity.ERROR, action, "Jordan Ellis", "Timely documentation",
                "no specific time frame");
    }

    @Test
    void r62FlagsAPlanOfActionThatEndsBeforeItStarts() {
        ImplementationPlan plan = example();
        PlanOfAction action = planOfAction(plan, LocalDate.of(2027, 4, 1), LocalDate.of(2027, 3, 1));
        single("R62", plan, Severity.ERROR, action, "ends on 2027-03-01", "before it starts on 2027-04-01");
    }

    @Test
    void r62FlagsAnEndedPlanOfActionWithoutOutcomeUntilOneIsRecorded() {
        ImplementationPlan plan = example();
        PlanOfAction action = planOfAction(plan, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 31));
        single("R62", plan, Severity.ERROR, action, "ended on 2027-03-31", "no outcome", "transferred");
        action.setOutcome(PlanOfActionOutcome.MET_REQUIREMENTS);
        none("R62", plan);
    }

    // R63 -------------------------------------------------------------------------------------------------------

    @Test
    void r63PassesWithACompleteWorkPlan() {
        ImplementationPlan plan = example();
        workPlan(plan);
        none("R63", plan);
    }

    @Test
    void r63ListsTheMissingMeetingDetails() {
        ImplementationPlan plan = example();
        CollaborativeWorkPlan workPlan = workPlan(plan);
        workPlan.setMeetingMinutes(0);
        workPlan.setMeetingDay(null);
        workPlan.setExpirationDate(null);
        single("R63", plan, Severity.ERROR, workPlan, "Jordan Ellis",
                "no expiration date, meeting length in minutes, meeting day.");
    }

    @Test
    void r63FlagsAMissingMeetingFrequency() {
        ImplementationPlan plan = example();
        CollaborativeWorkPlan workPlan = workPlan(plan);
        workPlan.setMeetingFrequency(CheckInFrequency.NONE);
        single("R63", plan, Severity.ERROR, workPlan, "no meeting frequency");
    }

    @Test
    void r63FlagsDatesBeforeTheStart() {
        ImplementationPlan plan = example();
        CollaborativeWorkPlan workPlan = workPlan(plan);
        workPlan.setEndDate(LocalDate.of(2028, 1, 1));
        single("R63", plan, Severity.ERROR, workPlan, "ends on 2028-01-01", "before it starts on 2028-02-01");
        workPlan.setEndDate(LocalDate.of(2028, 4, 30));
        workPlan.setExpirationDate(LocalDate.of(2028, 1, 15));
        single("R63", plan, Severity.ERROR, workPlan, "expires on 2028-01-15");
    }

    // R64 -------------------------------------------------------------------------------------------------------

    @Test
    void r64PassesWhenEveryNoIsTakenUpByANeed() {
        ImplementationPlan plan = example();
        CollaborativeWorkPlan workPlan = workPlan(plan);
        DevelopmentPlanAnswer answer = basics(plan, workPlan, "DP-05", YesNo.NO);
        answer.getAddressedBy().add(need(workPlan, "A work phone for community visits"));
        basics(plan, workPlan, "DP-01", YesNo.YES);
        none("R64", plan);
    }

    @Test
    void r64FlagsANoThatNoNeedTakesUp() {
        ImplementationPlan plan = example();
        CollaborativeWorkPlan workPlan = workPlan(plan);
        need(workPlan, "A work phone for community visits");
        DevelopmentPlanAnswer answer = basics(plan, workPlan, "DP-05", YesNo.NO);
        single("R64", plan, Severity.WARNING, answer, "Jordan Ellis", "'Resources' (DP-05)", "answered No");
    }

    @Test
    void r64DoesNotCountANeedOfAnotherWorkPlan() {
        ImplementationPlan plan = example();
        CollaborativeWorkPlan other = workPlan(plan);
        CollaborativeWorkPlan workPlan = workPlan(plan);
        DevelopmentPlanAnswer answer = basics(plan, workPlan, "DP-08", YesNo.NO);
        answer.getAddressedBy().add(need(other, "Weekly team huddle notes"));
        single("R64", plan, Severity.WARNING, answer, "DP-08");
    }

    // R65 -------------------------------------------------------------------------------------------------------

    @Test
    void r65PassesWithAnAccommodationThatKeepsTheStandard() {
        ImplementationPlan plan = example();
        accommodation(plan, false);
        none("R65", plan);
    }

    @Test
    void r65FlagsAnAccommodationThatLowersExpectations() {
        ImplementationPlan plan = example();
        Accommodation accommodation = accommodation(plan, true);
        single("R65", plan, Severity.WARNING, accommodation, "Half the expected contacts", "Jordan Ellis",
                "lowers expectations");
    }

    // Builders --------------------------------------------------------------------------------------------------

    /** A peer specialist hired on the first peers' start day, 2027-10-04. */
    private static Person peer(ImplementationPlan plan) {
        return plan.getAgency().getPeople().stream().filter(p -> "Jordan Ellis".equals(p.getName())).findFirst()
                .orElseGet(() -> {
                    Person person = MODEL.createPerson();
                    person.setName("Jordan Ellis");
                    person.setTitle("Peer Support Specialist");
                    person.setPeer(true);
                    plan.getAgency().getPeople().add(person);
                    return person;
                });
    }

    private static PerformanceEvaluation evaluation(ImplementationPlan plan, LocalDate date) {
        PerformanceEvaluation evaluation = MODEL.createPerformanceEvaluation();
        evaluation.setEmployee(peer(plan));
        evaluation.setRole(get(plan, "role-peer-support-specialist", PeerRole.class));
        evaluation.setDate(date);
        plan.getPerformance().getEvaluations().add(evaluation);
        return evaluation;
    }

    private static void rate(ImplementationPlan plan, PerformanceEvaluation evaluation, String code,
            EvaluationRating rating) {
        EvaluationEntry entry = MODEL.createEvaluationEntry();
        entry.setItem(item(plan, code, EvaluationItemDef.class));
        entry.setRating(rating);
        evaluation.getRatings().add(entry);
    }

    private static PlanOfAction planOfAction(ImplementationPlan plan, LocalDate start, LocalDate end) {
        PlanOfAction action = MODEL.createPlanOfAction();
        action.setEmployee(peer(plan));
        action.setArea("Timely documentation");
        action.setStartDate(start);
        action.setEndDate(end);
        plan.getPerformance().getPlansOfAction().add(action);
        return action;
    }

    private static CollaborativeWorkPlan workPlan(ImplementationPlan plan) {
        CollaborativeWorkPlan workPlan = MODEL.createCollaborativeWorkPlan();
        workPlan.setEmployee(peer(plan));
        workPlan.setManager(get(plan, "person-tamika-brooks", Person.class));
        workPlan.setStartDate(LocalDate.of(2028, 2, 1));
        workPlan.setEndDate(LocalDate.of(2028, 4, 30));
        workPlan.setExpirationDate(LocalDate.of(2028, 5, 31));
        workPlan.setMeetingFrequency(CheckInFrequency.WEEKLY);
        workPlan.setMeetingMinutes(30);
        workPlan.setMeetingDay("Tuesday");
        workPlan.setMeetingTime("10:00");
        plan.getPerformance().getWorkPlans().add(workPlan);
        return workPlan;
    }

    private static DevelopmentPlanAnswer basics(ImplementationPlan plan, CollaborativeWorkPlan workPlan, String code,
            YesNo value) {
        DevelopmentPlanAnswer answer = MODEL.createDevelopmentPlanAnswer();
        answer.setItem(item(plan, code, ChecklistItemDef.class));
        answer.setAnswer(value);
        workPlan.getBasics().add(answer);
        return answer;
    }

    private static WorkPlanNeed need(CollaborativeWorkPlan workPlan, String text) {
        WorkPlanNeed need = MODEL.createWorkPlanNeed();
        need.setType(WorkPlanNeedType.PRACTICAL);
        need.setText(text);
        workPlan.getNeeds().add(need);
        return need;
    }

    private static Accommodation accommodation(ImplementationPlan plan, boolean lowersExpectations) {
        Accommodation accommodation = MODEL.createAccommodation();
        accommodation.setEmployee(peer(plan));
        accommodation.setDescription(lowersExpectations ? "Half the expected contacts per week"
                : "Flexible start time for medical appointments");
        accommodation.setLowersExpectations(lowersExpectations);
        plan.getPerformance().getAccommodations().add(accommodation);
        return accommodation;
    }
}
