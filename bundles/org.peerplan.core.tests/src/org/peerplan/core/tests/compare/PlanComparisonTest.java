package org.peerplan.core.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.peerplan.core.compare.Change;
import org.peerplan.core.compare.ChangeArea;
import org.peerplan.core.compare.ChangeKind;
import org.peerplan.core.compare.PlanComparison;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.tests.Plans;
import org.peerplan.model.Action;
import org.peerplan.model.ActionStatus;
import org.peerplan.model.Cause;
import org.peerplan.model.CheckInFrequency;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.PeerRole;
import org.peerplan.model.Person;
import org.peerplan.model.QuizAnswerValue;
import org.peerplan.model.Respondent;
import org.peerplan.model.RootCauseCategory;
import org.peerplan.model.Task;
import org.peerplan.model.TaskStatus;

/** Pairs of plans made by editing the example, as a month between board meetings would edit it. */
class PlanComparisonTest {

    private static final LocalDate AS_OF = LocalDate.of(2027, 4, 30);

    private final ImplementationPlan older = load();

    private final ImplementationPlan newer = load();

    @Test
    void aPlanComparedWithItselfHasNoChanges() throws IOException {
        assertEquals(List.of(), changes());
    }

    @Test
    void aLongerTaskEndsLaterByItsWorkingDaysAndSoDoWhatFollowsIt() throws IOException {
        Task education = element("task-s1-t2", Task.class);
        education.setStatus(TaskStatus.IN_PROGRESS);
        education.setDurationDays(education.getDurationDays() + 10);
        List<Change> changes = changes();
        Change moved = only(changes, "task-s1-t2");
        assertEquals(ChangeKind.MOVED, moved.kind());
        assertEquals(10, moved.workingDays());
        assertTrue(moved.text().matches("'Education series on peer support for the executive team and the board' now"
                + " ends \\w{3} \\d{1,2}, 2027, 10 working days later \\(was \\w{3} \\d{1,2}, 2027\\)\\."), moved.text());
        assertTrue(changes.stream().filter(c -> c.kind() == ChangeKind.MOVED).count() > 1, "its successors moved");
    }

    @Test
    void aRenamedTaskIsTheSameTaskAndARemovedOneIsSaidToBeGone() throws IOException {
        element("task-s1-t1", Task.class).setName("Board and executive buy-in");
        EcoreUtil.delete(element("task-s1-t2", Task.class), true);
        List<Change> changes = changes();
        assertEquals(ChangeKind.RENAMED, changes.stream().filter(c -> "task-s1-t1".equals(c.id())).findFirst()
                .orElseThrow().kind());
        Change removed = only(changes, "task-s1-t2");
        assertEquals(ChangeKind.REMOVED, removed.kind());
        assertEquals("Task 'Education series on peer support for the executive team and the board' was removed.",
                removed.text());
    }

    @Test
    void anActionDoneAndABudgetLineRaisedAreEachSaid() throws IOException {
        Action action = element("action-04", Action.class);
        action.setStatus(ActionStatus.DONE);
        newer.getBudget().getLines().get(0).setAmount(newer.getBudget().getLines().get(0).getAmount()
                .add(new BigDecimal("1000")));
        List<Change> changes = changes();
        assertEquals("'" + action.getTitle() + "' is done.", only(changes, "action-04").text());
        Change year = changes.stream().filter(c -> c.area() == ChangeArea.BUDGET).findFirst().orElseThrow();
        assertTrue(year.text().matches("Year 1 costs \\$[\\d,]+\\.\\d\\d \\(was \\$[\\d,]+\\.\\d\\d,"
                + " \\+\\$1,000\\.00\\)\\."), year.text());
        assertTrue(changes.stream().anyMatch(c -> c.text().equals("Budget line 'Job ads: targeted Facebook ads, Indeed"
                + " and statewide peer network listings' is now $2,800.00 in year 1 (was $1,800.00 in year 1).")),
                changes.toString());
    }

    @Test
    void aNewSupervisorACheckInRhythmAndAQuizAnswerTurnedTrueAreSaid() throws IOException {
        PeerRole role = newer.getRoles().get(0);
        role.setReportsTo(element("person-dana-ortiz", Person.class));
        role.setCheckInFrequency(CheckInFrequency.WEEKLY.equals(role.getCheckInFrequency())
                ? CheckInFrequency.BIWEEKLY : CheckInFrequency.WEEKLY);
        for (Respondent respondent : newer.getReadiness().getRespondents()) {
            respondent.getAnswers().stream().filter(a -> "TQ-2".equals(a.getItem().getCode()))
                    .forEach(a -> a.setValue(QuizAnswerValue.TRUE));
        }
        List<Change> changes = changes();
        List<String> roles = changes.stream().filter(c -> c.area() == ChangeArea.ROLES).map(Change::text).toList();
        assertTrue(roles.contains("'Peer Support Specialist' now reports to Dana Ortiz, LCSW (was Tamika Brooks, MSW, CPSS)."),
                roles.toString());
        assertTrue(roles.stream().anyMatch(t -> t.startsWith("Check-ins for 'Peer Support Specialist' are now ")),
                roles.toString());
        String item = newer.getReadiness().getRespondents().get(0).getAnswers().stream()
                .filter(a -> "TQ-2".equals(a.getItem().getCode())).findFirst().orElseThrow().getItem().getName();
        assertTrue(changes.stream().anyMatch(c -> c.text().equals("TQ-2 '" + item + "': the organization now answers"
                + " True (was not True).")), changes.toString());
    }

    @Test
    void aCauseAddedToAnAnalysisIsSaid() throws IOException {
        Cause cause = PeerPlanFactory.eINSTANCE.createCause();
        cause.setCategory(RootCauseCategory.PEOPLE);
        cause.setDescription("Night staff were not at the readiness forums");
        newer.getRootCauseAnalyses().get(0).getCauses().add(cause);
        List<Change> changes = changes();
        assertEquals(List.of("Cause 'Night staff were not at the readiness forums' was added."), changes.stream()
                .filter(c -> c.area() == ChangeArea.ROOT_CAUSES).map(Change::text).toList());
    }

    @Test
    void aRoleRepaidIsSaidWithItsOldAndNewRate() throws IOException {
        newer.getRoles().get(0).setHourlyRate(new BigDecimal("30.00"));
        assertEquals("'Peer Support Specialist' is now 2.0 FTE at $30.00 an hour (was 2.0 FTE at $28.50).",
                only(changes(), "role-peer-support-specialist").text());
    }

    @Test
    void movingTheFirstPeerPastTheMinimumResolvesTheHorizonError() throws IOException {
        newer.getTimeline().setFirstPeerStart(LocalDate.of(2028, 1, 4));
        List<Change> changes = changes();
        assertEquals("The first peer now starts Jan 4, 2028 (was Oct 4, 2027).", changes.get(0).text());
        assertTrue(changes.stream().anyMatch(c -> c.kind() == ChangeKind.RESOLVED
                && c.text().startsWith("The readiness quiz gives 6 of 10 True")), changes.toString());
    }

    private List<Change> changes() throws IOException {
        return PlanComparison.between(older, newer, AS_OF);
    }

    private static Change only(List<Change> changes, String id) {
        List<Change> about = changes.stream().filter(c -> id.equals(c.id())).toList();
        assertEquals(1, about.size(), about.toString());
        return about.get(0);
    }

    private <T> T element(String id, Class<T> type) {
        return type.cast(newer.eResource().getEObject(id));
    }

    private static ImplementationPlan load() {
        try {
            return new PlanStore().load(Plans.example());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
