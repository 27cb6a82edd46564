package org.peerplan.core.compare;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.budget.BudgetCalculator;
import org.peerplan.core.budget.BudgetYear;
import org.peerplan.core.readiness.QuizResult;
import org.peerplan.core.readiness.ReadinessScorer;
import org.peerplan.core.schedule.Schedule;
import org.peerplan.core.schedule.ScheduledTask;
import org.peerplan.core.schedule.Scheduler;
import org.peerplan.core.schedule.WorkingCalendar;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.PlanChecker;
import org.peerplan.core.validation.RuleRegistry;
import org.peerplan.model.Action;
import org.peerplan.model.ActionStatus;
import org.peerplan.model.Cause;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerRole;
import org.peerplan.model.Task;
import org.peerplan.model.TaskStatus;
import org.peerplan.model.catalog.Catalog;

/**
 * Compares two versions of a plan element by element. Tasks, actions and roles are matched by their identity in the
 * file ({@code xmi:id}), which a rename keeps; both plans must have been loaded from files, each in its own resource
 * set with the catalog it refers to.
 */
public final class PlanComparison {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private final ImplementationPlan older;

    private final ImplementationPlan newer;

    private final LocalDate asOf;

    private final List<Change> changes = new ArrayList<>();

    private PlanComparison(ImplementationPlan older, ImplementationPlan newer, LocalDate asOf) {
        this.older = older;
        this.newer = newer;
        this.asOf = asOf;
    }

    /**
     * What changed from {@code older} to {@code newer}, area by area, as of {@code asOf} (for what is overdue).
     *
     * @throws IOException when the shipped catalog the plans refer to cannot be read
     */
    public static List<Change> between(ImplementationPlan older, ImplementationPlan newer, LocalDate asOf)
            throws IOException {
        PlanComparison comparison = new PlanComparison(older, newer, asOf);
        comparison.horizon();
        comparison.tasks();
        comparison.causes();
        comparison.actions();
        comparison.findings();
        comparison.readiness();
        comparison.budget();
        comparison.roles();
        return List.copyOf(comparison.changes);
    }

    private void horizon() {
        LocalDate before = older.getTimeline().getFirstPeerStart();
        LocalDate now = newer.getTimeline().getFirstPeerStart();
        if (!Objects.equals(before, now)) {
            add(ChangeArea.HORIZON, ChangeKind.CHANGED, null, "The first peer now starts " + day(now) + " (was "
                    + day(before) + ").", 0);
        }
    }

    private void tasks() {
        Schedule before = new Scheduler().schedule(older.getTimeline());
        Schedule now = new Scheduler().schedule(newer.getTimeline());
        WorkingCalendar calendar = WorkingCalendar.of(newer.getTimeline());
        Map<String, Task> old = byId(older.getTimeline().getStages().stream().flatMap(s -> s.getTasks().stream())
                .toList());
        Map<String, Task> current = byId(newer.getTimeline().getStages().stream().flatMap(s -> s.getTasks().stream())
                .toList());
        matched(ChangeArea.TIMELINE, old, current, Task::getName, "Task", (id, was, is) -> {
            if (is.getStatus() == TaskStatus.DONE && was.getStatus() != TaskStatus.DONE) {
                add(ChangeArea.TIMELINE, ChangeKind.COMPLETED, id, "'" + is.getName() + "' is done.", 0);
                return;
            }
            ScheduledTask then = before.of(was);
            ScheduledTask today = now.of(is);
            if (then != null && today != null && !then.lastDay().equals(today.lastDay())) {
                long moved = calendar.between(then.lastDay(), today.lastDay());
                add(ChangeArea.TIMELINE, ChangeKind.MOVED, id, "'" + is.getName() + "' now ends " + day(today.lastDay())
                        + ", " + Math.abs(moved) + " working day" + (Math.abs(moved) == 1 ? "" : "s")
                        + (moved > 0 ? " later" : " earlier") + " (was " + day(then.lastDay()) + ").", moved);
            }
        });
    }

    /** Causes of every analysis, found and worked on between meetings: added, removed, reworded. */
    private void causes() {
        matched(ChangeArea.ROOT_CAUSES, byId(causesOf(older)), byId(causesOf(newer)), Cause::getDescription, "Cause",
                (id, was, is) -> {
                });
    }

    private static List<Cause> causesOf(ImplementationPlan plan) {
        return plan.getRootCauseAnalyses().stream().flatMap(a -> a.getCauses().stream()).toList();
    }

    private void actions() {
        Map<String, Action> old = byId(older.getActions());
        Map<String, Action> current = byId(newer.getActions());
        matched(ChangeArea.ACTIONS, old, current, Action::getTitle, "Action", (id, was, is) -> {
            if (is.getStatus() == ActionStatus.DONE && was.getStatus() != ActionStatus.DONE) {
                add(ChangeArea.ACTIONS, ChangeKind.COMPLETED, id, "'" + is.getTitle() + "' is done.", 0);
            }
        });
        LocalDate then = older.getPreparedOn();
        current.forEach((id, action) -> {
            Action was = old.get(id);
            if (overdue(action, asOf) && (was == null || then == null || !overdue(was, then))) {
                add(ChangeArea.ACTIONS, ChangeKind.OVERDUE, id, "'" + action.getTitle() + "' was due "
                        + day(action.getDue()) + " and is not done.", 0);
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

    /**
     * A finding is the same one when the same rule finds it on the same element, found by its place in the plan:
     * findings are on elements such as the timeline or a duty, which a hand-written file gives no identity.
     */
    private void findings() {
        Map<String, Finding> before = findingsOf(older);
        Map<String, Finding> now = findingsOf(newer);
        before.forEach((key, finding) -> {
            if (!now.containsKey(key)) {
                add(ChangeArea.FINDINGS, ChangeKind.RESOLVED, idOf(finding.element()), finding.message(), 0);
            }
        });
        now.forEach((key, finding) -> {
            if (!before.containsKey(key)) {
                add(ChangeArea.FINDINGS, ChangeKind.NEW, idOf(finding.element()), finding.message(), 0);
            }
        });
    }

    private Map<String, Finding> findingsOf(ImplementationPlan plan) {
        Map<String, Finding> findings = new LinkedHashMap<>();
        for (Finding finding : new PlanChecker(RuleRegistry.all(), asOf).check(plan).findings()) {
            findings.putIfAbsent(finding.ruleId() + "@" + placeOf(finding.element()), finding);
        }
        return findings;
    }

    /** Each version is scored against the catalog its answers refer to, that of its own resource set. */
    private void readiness() throws IOException {
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
        if (older.getTimeline().getPlanStart() == null || newer.getTimeline().getPlanStart() == null) {
            return;
        }
        List<BudgetYear> before = new BudgetCalculator().years(older);
        List<BudgetYear> now = new BudgetCalculator().years(newer);
        for (int i = 0; i < Math.max(before.size(), now.size()); i++) {
            BigDecimal was = i < before.size() ? before.get(i).total() : BigDecimal.ZERO;
            BigDecimal is = i < now.size() ? now.get(i).total() : BigDecimal.ZERO;
            if (was.compareTo(is) != 0) {
                BigDecimal difference = is.subtract(was);
                add(ChangeArea.BUDGET, ChangeKind.CHANGED, null, "Year " + (i + 1) + " costs " + money(is) + " (was "
                        + money(was) + ", " + (difference.signum() > 0 ? "+" : "−") + money(difference.abs()) + ").",
                        0);
            }
        }
    }

    private void roles() {
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
    private <T extends EObject> void matched(ChangeArea area, Map<String, T> old, Map<String, T> current,
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
            String id = idOf(element);
            if (id != null) {
                byId.put(id, element);
            }
        }
        return byId;
    }

    /** "roles.1/duties.3": the features and positions from the plan down to the element. */
    private static String placeOf(EObject element) {
        if (element == null) {
            return "";
        }
        StringBuilder place = new StringBuilder();
        for (EObject at = element; at.eContainer() != null; at = at.eContainer()) {
            EStructuralFeature feature = at.eContainingFeature();
            Object value = at.eContainer().eGet(feature);
            String step = feature.getName() + (value instanceof List<?> list ? "." + list.indexOf(at) : "");
            place.insert(0, place.isEmpty() ? step : step + "/");
        }
        return place.toString();
    }

    private static String idOf(EObject element) {
        return element != null && element.eResource() instanceof XMLResource resource ? resource.getID(element)
                : null;
    }

    private void add(ChangeArea area, ChangeKind kind, String id, String text, long workingDays) {
        changes.add(new Change(area, kind, id, text, workingDays));
    }

    private static String day(LocalDate day) {
        return day == null ? "not set" : DAY.format(day);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "an unset rate" : String.format(Locale.US, "$%,.2f", amount);
    }
}
