package org.peerplan.core.compare;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.plan.Labels;
import org.peerplan.core.readiness.QuizItemResult;
import org.peerplan.core.readiness.QuizResult;
import org.peerplan.core.readiness.ReadinessScorer;
import org.peerplan.model.BudgetLine;
import org.peerplan.model.Cause;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerRole;
import org.peerplan.model.Person;
import org.peerplan.model.catalog.Catalog;

/**
 * What only two versions of a plan tell, not a plan and its baseline: causes, readiness answers, budget lines, and
 * the peer roles' pay and supervision.
 */
final class VersionChanges {

    private final ChangeList changes;

    private final ImplementationPlan older;

    private final ImplementationPlan newer;

    VersionChanges(ChangeList changes, ImplementationPlan older, ImplementationPlan newer) {
        this.changes = changes;
        this.older = older;
        this.newer = newer;
    }

    void find() throws IOException {
        causes();
        readiness();
        budgetLines();
        roles();
    }

    /** Causes of every analysis, found and worked on between meetings: added, removed, reworded. */
    private void causes() {
        changes.matched(ChangeArea.ROOT_CAUSES, ChangeList.byId(causesOf(older)), ChangeList.byId(causesOf(newer)),
                Cause::getDescription, "Cause", (id, was, is) -> {
                });
    }

    private static List<Cause> causesOf(ImplementationPlan plan) {
        return plan.getRootCauseAnalyses().stream().flatMap(a -> a.getCauses().stream()).toList();
    }

    private static Catalog catalogOf(ImplementationPlan plan) throws IOException {
        return ToolkitCatalog.in(plan.eResource().getResourceSet());
    }

    /** Each version is scored against the catalog its answers refer to, that of its own resource set. */
    private void readiness() throws IOException {
        QuizResult before = new ReadinessScorer(catalogOf(older)).quiz(older.getReadiness());
        QuizResult now = new ReadinessScorer(catalogOf(newer)).quiz(newer.getReadiness());
        Map<String, QuizItemResult> answered = new LinkedHashMap<>();
        before.items().forEach(item -> answered.put(item.item().getCode(), item));
        for (QuizItemResult item : now.items()) {
            QuizItemResult was = answered.get(item.item().getCode());
            if (was != null && was.organizationTrue() != item.organizationTrue()) {
                changes.add(ChangeArea.READINESS, ChangeKind.CHANGED, null, item.item().getCode() + " '"
                        + item.item().getName() + "': the organization now answers " + truth(item) + " (was "
                        + truth(was) + ").", 0);
            }
        }
        String was = band(before);
        String is = band(now);
        if (!was.equals(is)) {
            changes.add(ChangeArea.READINESS, ChangeKind.CHANGED, null, "The readiness quiz now gives " + is
                    + " (was " + was + ").", 0);
        }
    }

    /** True, or not True: the organization's answer is True only when more respondents said True than False. */
    private static String truth(QuizItemResult item) {
        return item.organizationTrue() ? "True" : "not True";
    }

    private static String band(QuizResult quiz) {
        return quiz.band() == null ? "no band (no answers)" : quiz.organizationTrueCount() + " of 10 True, band "
                + quiz.band().getMinTrue() + "–" + quiz.band().getMaxTrue();
    }

    /**
     * Each budget line added, removed, or with a new amount or year; the years' totals say what that did. Lines are
     * matched as a reader knows them, by category and description: hand-written plans give them no identity.
     */
    private void budgetLines() {
        changes.matched(ChangeArea.BUDGET, byName(older.getBudget().getLines()), byName(newer.getBudget().getLines()),
                VersionChanges::lineName, "Budget line", (id, was, is) -> {
                    if (!ChangeList.same(was.getAmount(), is.getAmount()) || was.getYear() != is.getYear()) {
                        changes.add(ChangeArea.BUDGET, ChangeKind.CHANGED, id, "Budget line '" + lineName(is)
                                + "' is now " + ChangeList.money(is.getAmount()) + " in year " + is.getYear() + " (was "
                                + ChangeList.money(was.getAmount()) + " in year " + was.getYear() + ").", 0);
                    }
                });
    }

    /** The lines by category and description, a second line of the same numbered. */
    private static Map<String, BudgetLine> byName(List<BudgetLine> lines) {
        Map<String, BudgetLine> byName = new LinkedHashMap<>();
        for (BudgetLine line : lines) {
            String key = line.getCategory() + "|" + lineName(line);
            int copy = 1;
            while (byName.containsKey(copy == 1 ? key : key + "|" + copy)) {
                copy++;
            }
            byName.put(copy == 1 ? key : key + "|" + copy, line);
        }
        return byName;
    }

    private static String lineName(BudgetLine line) {
        return line.getDescription() == null || line.getDescription().isBlank()
                ? Labels.words(line.getCategory()) + ", year " + line.getYear() : line.getDescription();
    }

    private void roles() {
        changes.matched(ChangeArea.ROLES, ChangeList.byId(older.getRoles()), ChangeList.byId(newer.getRoles()),
                PeerRole::getTitle, "Peer role", (id, was, is) -> {
                    if (was.getFte() != is.getFte() || !ChangeList.same(was.getHourlyRate(), is.getHourlyRate())) {
                        changes.add(ChangeArea.ROLES, ChangeKind.CHANGED, id, "'" + is.getTitle() + "' is now "
                                + is.getFte() + " FTE at " + ChangeList.money(is.getHourlyRate()) + " an hour (was "
                                + was.getFte() + " FTE at " + ChangeList.money(was.getHourlyRate()) + ").", 0);
                    }
                    supervision(id, was, is);
                });
    }

    /** Who a role answers to and how often its holders check in, the supervision a board approved. */
    private void supervision(String id, PeerRole was, PeerRole is) {
        person(id, is, "reports to", was.getReportsTo(), is.getReportsTo());
        person(id, is, "has as administrative supervisor", was.getAdministrativeSupervisor(),
                is.getAdministrativeSupervisor());
        person(id, is, "has as professional-development supervisor", was.getProfessionalDevelopmentSupervisor(),
                is.getProfessionalDevelopmentSupervisor());
        if (was.getCheckInFrequency() != is.getCheckInFrequency()) {
            changes.add(ChangeArea.ROLES, ChangeKind.CHANGED, id, "Check-ins for '" + is.getTitle() + "' are now "
                    + Labels.words(is.getCheckInFrequency()) + " (were " + Labels.words(was.getCheckInFrequency())
                    + ").", 0);
        }
    }

    /** People are matched by identity too: a renamed supervisor is the same supervisor. */
    private void person(String id, PeerRole role, String relation, Person was, Person is) {
        String before = Snapshot.idOf(was);
        String now = Snapshot.idOf(is);
        if (!Objects.equals(before, now)) {
            changes.add(ChangeArea.ROLES, ChangeKind.CHANGED, id, "'" + role.getTitle() + "' now " + relation + " "
                    + nameOf(is) + " (was " + nameOf(was) + ").", 0);
        }
    }

    private static String nameOf(Person person) {
        return person == null ? "nobody" : person.getName();
    }
}
