package org.peerplan.core.compare;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.compare.Snapshot.PlannedTask;
import org.peerplan.core.plan.Labels;
import org.peerplan.core.privacy.Audience;
import org.peerplan.core.privacy.PersonalData;
import org.peerplan.core.readiness.QuizResult;
import org.peerplan.core.readiness.ReadinessScorer;
import org.peerplan.core.schedule.WorkingCalendar;
import org.peerplan.model.Action;
import org.peerplan.model.ActionStatus;
import org.peerplan.model.Baseline;
import org.peerplan.model.Cause;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerRole;
import org.peerplan.model.TaskStatus;
import org.peerplan.model.catalog.Catalog;

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

    private final List<Change> changes = new ArrayList<>();

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
        comparison.causes(older, newer);
        Map<String, Action> old = byId(older.getActions());
        Map<String, Action> current = byId(newer.getActions());
        comparison.actionsDone(old, current);
        comparison.overdue(old, current, older.getPreparedOn());
        comparison.readiness(older, newer);
        comparison.roles(older, newer);
        return comparison.inAreaOrder();
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
        Map<String, Action> current = byId(plan.getActions());
        // An action open now was open at the baseline too, unless it was done and reopened: due before the baseline
        // was set, it was overdue then already.
        comparison.overdue(current, current, baseline.getSetOn());
        return comparison.inAreaOrder();
    }

    private void measured() {
        horizon();
        tasks();
        findings();
        budget();
    }

    private List<Change> inAreaOrder() {
        return changes.stream().sorted(Comparator.comparing(Change::area)).toList();
    }

    private void horizon() {
        LocalDate was = before.firstPeerStart();
        LocalDate is = now.firstPeerStart();
        if (!Objects.equals(was, is)) {
            add(ChangeArea.HORIZON, ChangeKind.CHANGED, null, "The first peer now starts " + Labels.day(is) + " (was "
                    + Labels.day(was) + ").", 0);
        }
    }

    private void tasks() {
        matched(ChangeArea.TIMELINE, before.tasks(), now.tasks(), PlannedTask::name, "Task", (id, was, is) -> {
            if (is.status() == TaskStatus.DONE && was.status() != TaskStatus.DONE) {
                add(ChangeArea.TIMELINE, ChangeKind.COMPLETED, id, "'" + is.name() + "' is done.", 0);
                return;
            }
            if (was.finish() != null && is.finish() != null && !was.finish().equals(is.finish())) {
                long moved = calendar.between(was.finish(), is.finish());
                add(ChangeArea.TIMELINE, ChangeKind.MOVED, id, "'" + is.name() + "' now ends " + Labels.day(is.finish())
                        + ", " + Labels.count(Math.abs(moved), "working day", "working days")
                        + (moved > 0 ? " later" : " earlier") + " (was " + Labels.day(was.finish()) + ").", moved);
            }
        });
    }

    /** Causes of every analysis, found and worked on between meetings: added, removed, reworded. */
    private void causes(ImplementationPlan older, ImplementationPlan newer) {
        matched(ChangeArea.ROOT_CAUSES, byId(causesOf(older)), byId(causesOf(newer)), Cause::getDescription, "Cause",
                (id, was, is) -> {
                });
    }

    private static List<Cause> causesOf(ImplementationPlan plan) {
        return plan.getRootCauseAnalyses().stream().flatMap(a -> a.getCauses().stream()).toList();
    }

    private void actionsDone(Map<String, Action> old, Map<String, Action> current) {
        matched(ChangeArea.ACTIONS, old, current, Action::getTitle, "Action", (id, was, is) -> {
            if (is.getStatus() == ActionStatus.DONE && was.getStatus() != ActionStatus.DONE) {
                add(ChangeArea.ACTIONS, ChangeKind.COMPLETED, id, "'" + is.getTitle() + "' is done.", 0);
            }
        });
    }

    /** Actions overdue now that were not on {@code then}, as {@code old} held them. */
    private void overdue(Map<String, Action> old, Map<String, Action> current, LocalDate then) {
        current.forEach((id, action) -> {
            Action was = old.get(id);
            if (overdue(action, asOf) && (was == null || then == null || !overdue(was, then))) {
                add(ChangeArea.ACTIONS, ChangeKind.OVERDUE, id, "'" + action.getTitle() + "' was due "
                        + Labels.day(action.getDue()) + " and is not done.", 0);
            }
        });
    }

    /** Open and past its due date on {@code day}; an action that was overdue already is not news. */
    private static boolean overdue(Action action, LocalDate day) {
        return action.getStatus() != ActionStatus.DONE && action.getStatus() != ActionStatus.CANCELLED
                && action.getDue() != null && action.getDue().isBefore(day);
    }

    private static Catalog catalogOf(ImplementationPlan plan) throws IOException {
        return ToolkitCatalog.in(plan.eResource().getResourceSet());
    }

    /** A finding is the same one when the same rule finds it on the same place in the plan. */
    private void findings() {
        before.findings().forEach((key, finding) -> {
            if (!now.findings().containsKey(key)) {
                add(ChangeArea.FINDINGS, ChangeKind.RESOLVED, finding.elementId(), finding.message(), 0);
            }
        });
        now.findings().forEach((key, finding) -> {
            if (!before.findings().containsKey(key)) {
                add(ChangeArea.FINDINGS, ChangeKind.NEW, finding.elementId(), finding.message(), 0);
            }
        });
    }

    /** Each version is scored against the catalog its answers refer to, that of its own resource set. */
    private void readiness(ImplementationPlan older, ImplementationPlan newer) throws IOException {
        QuizResult before = new ReadinessScorer(catalogOf(older)).quiz(older.getReadiness());
        QuizResult now = new ReadinessScorer(catalogOf(newer)).quiz(newer.getReadiness());
        String was = band(before);
        String is = band(now);
        if (!was.equals(is)) {
            add(ChangeArea.READINESS, ChangeKind.CHANGED, null, "The readiness quiz now gives " + is + " (was " + was
                    + ").", 0);
        }
    }

    private static String band(QuizResult quiz) {
        return quiz.band() == null ? "no band (no answers)" : quiz.organizationTrueCount() + " of 10 True, band "
                + quiz.band().getMinTrue() + "–" + quiz.band().getMaxTrue();
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
                add(ChangeArea.BUDGET, ChangeKind.CHANGED, null, "Year " + (i + 1) + " costs " + money(today)
                        + " (was " + money(then) + ", " + (difference.signum() > 0 ? "+" : "−")
                        + money(difference.abs()) + ").", 0);
            }
        }
    }

    private void roles(ImplementationPlan older, ImplementationPlan newer) {
        matched(ChangeArea.ROLES, byId(older.getRoles()), byId(newer.getRoles()), PeerRole::getTitle, "Peer role",
                (id, was, is) -> {
                    if (was.getFte() != is.getFte() || !same(was.getHourlyRate(), is.getHourlyRate())) {
                        add(ChangeArea.ROLES, ChangeKind.CHANGED, id, "'" + is.getTitle() + "' is now " + is.getFte()
                                + " FTE at " + money(is.getHourlyRate()) + " an hour (was " + was.getFte()
                                + " FTE at " + money(was.getHourlyRate()) + ").", 0);
                    }
                });
    }

    /** What both versions hold, compared by {@code compare}; what one holds only, added or removed; renames. */
    private <T> void matched(ChangeArea area, Map<String, T> old, Map<String, T> current,
            Function<T, String> name, String kind, Matched<T> compare) {
        current.forEach((id, element) -> {
            T was = old.get(id);
            if (was == null) {
                add(area, ChangeKind.ADDED, id, kind + " '" + name.apply(element) + "' was added.", 0);
                return;
            }
            if (!Objects.equals(name.apply(was), name.apply(element))) {
                add(area, ChangeKind.RENAMED, id, kind + " '" + name.apply(was) + "' is now called '"
                        + name.apply(element) + "'.", 0);
            }
            compare.both(id, was, element);
        });
        old.forEach((id, element) -> {
            if (!current.containsKey(id)) {
                add(area, ChangeKind.REMOVED, id, kind + " '" + name.apply(element) + "' was removed.", 0);
            }
        });
    }

    @FunctionalInterface
    private interface Matched<T> {
        void both(String id, T was, T is);
    }

    private static <T extends EObject> Map<String, T> byId(List<T> elements) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T element : elements) {
            String id = Snapshot.idOf(element);
            if (id != null) {
                byId.put(id, element);
            }
        }
        return byId;
    }

    private void add(ChangeArea area, ChangeKind kind, String id, String text, long workingDays) {
        changes.add(new Change(area, kind, id, text, workingDays));
    }


    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "an unset rate" : String.format(Locale.US, "$%,.2f", amount);
    }
}
