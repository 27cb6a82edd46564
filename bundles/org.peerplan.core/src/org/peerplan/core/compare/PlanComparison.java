package org.peerplan.core.compare;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.peerplan.core.compare.Snapshot.PlannedTask;
import org.peerplan.core.plan.Labels;
import org.peerplan.core.privacy.Audience;
import org.peerplan.core.privacy.PersonalData;
import org.peerplan.core.schedule.WorkingCalendar;
import org.peerplan.model.Action;
import org.peerplan.model.ActionStatus;
import org.peerplan.model.Baseline;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.TaskStatus;

/**
 * Compares two versions of a plan element by element, or a plan with one of its baselines. Tasks, causes, actions and
 * roles are matched by their identity in the file ({@code xmi:id}), which a rename keeps; plans compared must have
 * been loaded from files, each in its own resource set with the catalog it refers to.
 */
public final class PlanComparison {

    private final Snapshot before;

    private final Snapshot now;

    private final WorkingCalendar calendar;

    private final LocalDate asOf;

    private final ChangeList changes = new ChangeList();

    private PlanComparison(Snapshot before, ImplementationPlan newer, LocalDate asOf,
            Predicate<Snapshot.OpenFinding> shown) {
        this.before = before;
        this.now = Snapshot.of(newer, asOf).findingsWhere(shown);
        this.calendar = WorkingCalendar.of(newer.getTimeline());
        this.asOf = asOf;
    }

    /**
     * What changed from {@code older} to {@code newer}, area by area, as of {@code asOf} (for what is overdue; both
     * versions are checked on that day, so a finding is new only when the plan changed, not the calendar).
     *
     * @throws IOException when the shipped catalog the plans refer to cannot be read
     */
    public static List<Change> between(ImplementationPlan older, ImplementationPlan newer, LocalDate asOf)
            throws IOException {
        PlanComparison comparison = new PlanComparison(Snapshot.of(older, asOf), newer, asOf, finding -> true);
        comparison.measured();
        Map<String, Action> old = ChangeList.byId(older.getActions());
        Map<String, Action> current = ChangeList.byId(newer.getActions());
        comparison.actionsDone(old, current);
        comparison.overdue(old, current, older.getPreparedOn());
        new VersionChanges(comparison.changes, older, newer).find();
        return comparison.changes.inAreaOrder();
    }

    /**
     * What changed in {@code plan} since {@code baseline} was set: what a baseline keeps (the first peer's start,
     * tasks, findings, the budget per year), and the actions that fell overdue since.
     */
    public static List<Change> against(Baseline baseline, ImplementationPlan plan, LocalDate asOf) {
        return against(baseline, plan, asOf, Audience.PERSONNEL);
    }

    /**
     * The same for {@code plan} as {@code audience} sees it ({@link org.peerplan.core.privacy.Redaction}): the
     * baseline's findings were checked on the whole plan, so findings on parts holding values withheld from the
     * audience are left out on both sides; the copy's findings there say only that the values are missing.
     */
    public static List<Change> against(Baseline baseline, ImplementationPlan plan, LocalDate asOf,
            Audience audience) {
        Set<String> withheld = PersonalData.withheldUnder(audience);
        Predicate<Snapshot.OpenFinding> shown = finding -> !withheld.contains(finding.place().split("[./]", 2)[0]);
        PlanComparison comparison = new PlanComparison(Snapshot.of(baseline).findingsWhere(shown), plan, asOf,
                shown);
        comparison.measured();
        Map<String, Action> current = ChangeList.byId(plan.getActions());
        // An action open now was open at the baseline too, unless it was done and reopened: due before the baseline
        // was set, it was overdue then already.
        comparison.overdue(current, current, baseline.getSetOn());
        return comparison.changes.inAreaOrder();
    }

    private void measured() {
        horizon();
        tasks();
        findings();
        budget();
    }

    private void horizon() {
        LocalDate was = before.firstPeerStart();
        LocalDate is = now.firstPeerStart();
        if (!Objects.equals(was, is)) {
            changes.add(ChangeArea.HORIZON, ChangeKind.CHANGED, null, (is == null
                    ? "The first peer's start is no longer set" : "The first peer now starts " + Labels.day(is))
                    + " (was " + Labels.day(was) + ").", 0);
        }
    }

    private void tasks() {
        changes.matched(ChangeArea.TIMELINE, before.tasks(), now.tasks(), PlannedTask::name, "Task", this::task);
    }

    /** A task in both: done since, or ending on another day. */
    private void task(String id, PlannedTask was, PlannedTask is) {
        if (is.status() == TaskStatus.DONE && was.status() != TaskStatus.DONE) {
            changes.add(ChangeArea.TIMELINE, ChangeKind.COMPLETED, id, "'" + is.name() + "' is done.", 0);
        } else if (was.finish() != null && is.finish() != null && !was.finish().equals(is.finish())) {
            long moved = calendar.between(was.finish(), is.finish());
            changes.add(ChangeArea.TIMELINE, ChangeKind.MOVED, id, "'" + is.name() + "' now ends "
                    + Labels.day(is.finish()) + ", " + Labels.count(Math.abs(moved), "working day", "working days")
                    + (moved > 0 ? " later" : " earlier") + " (was " + Labels.day(was.finish()) + ").", moved);
        }
    }

    private void actionsDone(Map<String, Action> old, Map<String, Action> current) {
        changes.matched(ChangeArea.ACTIONS, old, current, Action::getTitle, "Action", (id, was, is) -> {
            if (is.getStatus() == ActionStatus.DONE && was.getStatus() != ActionStatus.DONE) {
                changes.add(ChangeArea.ACTIONS, ChangeKind.COMPLETED, id, "'" + is.getTitle() + "' is done.", 0);
            }
        });
    }

    /** Actions overdue now that were not on {@code then}, as {@code old} held them. */
    private void overdue(Map<String, Action> old, Map<String, Action> current, LocalDate then) {
        current.forEach((id, action) -> {
            Action was = old.get(id);
            if (overdue(action, asOf) && (was == null || then == null || !overdue(was, then))) {
                changes.add(ChangeArea.ACTIONS, ChangeKind.OVERDUE, id, "'" + action.getTitle() + "' was due "
                        + Labels.day(action.getDue()) + " and is not done.", 0);
            }
        });
    }

    /** Open and past its due date on {@code day}; an action that was overdue already is not news. */
    private static boolean overdue(Action action, LocalDate day) {
        return action.getStatus() != ActionStatus.DONE && action.getStatus() != ActionStatus.CANCELLED
                && action.getDue() != null && action.getDue().isBefore(day);
    }

    /** A finding is the same one when the same rule finds it on the same place in the plan. */
    private void findings() {
        before.findings().forEach((key, finding) -> {
            if (!now.findings().containsKey(key)) {
                changes.add(ChangeArea.FINDINGS, ChangeKind.RESOLVED, finding.elementId(), finding.message(), 0);
            }
        });
        now.findings().forEach((key, finding) -> {
            if (!before.findings().containsKey(key)) {
                changes.add(ChangeArea.FINDINGS, ChangeKind.NEW, finding.elementId(), finding.message(), 0);
            }
        });
    }

    private void budget() {
        List<BigDecimal> was = before.yearTotals();
        List<BigDecimal> is = now.yearTotals();
        if (was.isEmpty() || is.isEmpty()) {
            return;
        }
        for (int i = 0; i < Math.max(was.size(), is.size()); i++) {
            BigDecimal then = i < was.size() ? was.get(i) : BigDecimal.ZERO;
            BigDecimal today = i < is.size() ? is.get(i) : BigDecimal.ZERO;
            if (then.compareTo(today) != 0) {
                BigDecimal difference = today.subtract(then);
                changes.add(ChangeArea.BUDGET, ChangeKind.CHANGED, null, "Year " + (i + 1) + " costs "
                        + ChangeList.money(today) + " (was " + ChangeList.money(then) + ", "
                        + (difference.signum() > 0 ? "+" : "−") + ChangeList.money(difference.abs()) + ").", 0);
            }
        }
    }

}
