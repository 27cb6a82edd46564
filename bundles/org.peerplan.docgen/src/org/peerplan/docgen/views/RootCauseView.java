package org.peerplan.docgen.views;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.peerplan.model.Action;
import org.peerplan.model.ActionStatus;
import org.peerplan.model.Cause;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Intervention;
import org.peerplan.model.PolicyFinding;
import org.peerplan.model.RootCauseAnalysis;
import org.peerplan.model.RootCauseCategory;
import org.peerplan.model.Stage;
import org.peerplan.model.Task;
import org.peerplan.model.Why;

/**
 * The values of D5, the root cause analysis and action plan: each analysis laid out as the source's worksheet
 * (current situation, then causes by category with their why-chains, details and interventions), then every action
 * of the plan sorted by due date.
 *
 * <p>Causes are numbered for cross-reference: the first analysis's causes are 1.1, 1.2 and so on in worksheet
 * order (category by category), and a sub-cause of 1.2 is 1.2.1. Actions keep their number in the plan's list.
 */
final class RootCauseView {

    private static final Map<RootCauseCategory, String> CATEGORY_NAMES = new EnumMap<>(Map.of(
            RootCauseCategory.ENVIRONMENT, "Environment", RootCauseCategory.PEOPLE, "People",
            RootCauseCategory.POLICIES, "Policies", RootCauseCategory.PROCESSES_AND_PROCEDURES,
            "Processes & Procedures"));

    private RootCauseView() {
    }

    static Map<String, Object> of(ImplementationPlan plan, LocalDate asOf) {
        // In worksheet order; a plan element is equal only to itself.
        Map<Cause, String> numbers = new LinkedHashMap<>();
        List<Map<String, Object>> analyses = new ArrayList<>();
        for (RootCauseAnalysis analysis : plan.getRootCauseAnalyses()) {
            int index = analyses.size() + 1;
            number(analysis, index, numbers);
            analyses.add(analysis(plan, analysis, index, numbers));
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("analyses", analyses);
        view.put("causes", numbers.size());
        view.put("traces", traces(plan, numbers));
        actionPlan(plan, asOf, numbers, view);
        return view;
    }

    /**
     * Each cause in the worksheets' order with the actions that address it (through an intervention or directly),
     * each action with the tasks that carry it out and their stages: the traceability figure as a table, for the
     * documents to print when the figure is too large for a page.
     */
    private static List<Map<String, Object>> traces(ImplementationPlan plan, Map<Cause, String> numbers) {
        List<Map<String, Object>> traces = new ArrayList<>();
        numbers.forEach((cause, number) -> {
            List<Map<String, Object>> actions = new ArrayList<>();
            for (Action action : addressing(plan, cause)) {
                Map<String, Object> trace = new LinkedHashMap<>(ActionRefs.of(plan, action));
                trace.put("tasks", action.getTasks().stream().map(RootCauseView::taskInStage).toList());
                actions.add(trace);
            }
            traces.add(Map.of("number", number, "anchor", anchor(number), "description",
                    Formats.text(cause.getDescription()), "actions", actions));
        });
        return traces;
    }

    /** The actions that address a cause, through its interventions first, then those naming it directly. */
    private static List<Action> addressing(ImplementationPlan plan, Cause cause) {
        List<Action> actions = new ArrayList<>(cause.getInterventions().stream().flatMap(i -> i.getActions().stream())
                .distinct().toList());
        plan.getActions().stream().filter(a -> a.getAddresses().contains(cause) && !actions.contains(a))
                .forEach(actions::add);
        return actions;
    }

    private static String taskInStage(Task task) {
        String name = Formats.text(task.getName());
        return task.eContainer() instanceof Stage stage && stage.getName() != null && !stage.getName().isBlank()
                ? name + " (" + Formats.text(stage.getName()) + ")" : name;
    }

    /**
     * Numbers the causes in the order the worksheet shows them: by category, then as recorded; causes without a
     * category come last.
     */
    private static void number(RootCauseAnalysis analysis, int index, Map<Cause, String> numbers) {
        int next = 1;
        List<RootCauseCategory> order = new ArrayList<>(RootCauseCategory.VALUES);
        order.add(null);
        for (RootCauseCategory category : order) {
            for (Cause cause : analysis.getCauses()) {
                if (cause.getCategory() == category) {
                    number(cause, index + "." + next++, numbers);
                }
            }
        }
    }

    private static void number(Cause cause, String number, Map<Cause, String> numbers) {
        numbers.put(cause, number);
        int next = 1;
        for (Cause sub : cause.getSubCauses()) {
            number(sub, number + "." + next++, numbers);
        }
    }

    private static Map<String, Object> analysis(ImplementationPlan plan, RootCauseAnalysis analysis, int index,
            Map<Cause, String> numbers) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("number", index);
        view.put("anchor", "d05-rca-" + index);
        view.put("title", Formats.text(analysis.getTitle()));
        view.put("challenge", Formats.text(analysis.getChallenge()));
        view.put("situation", Formats.text(analysis.getCurrentSituation()));
        view.put("noSituation", analysis.getCurrentSituation() == null || analysis.getCurrentSituation().isBlank());
        view.put("competency", analysis.getRelatedCompetency() == null ? ""
                : Formats.text(analysis.getRelatedCompetency().getCode()) + " "
                        + Formats.text(analysis.getRelatedCompetency().getName()));
        view.put("findings", analysis.getRelatedFindings().stream().map(RootCauseView::finding).toList());
        List<Map<String, Object>> categories = new ArrayList<>();
        for (RootCauseCategory category : RootCauseCategory.VALUES) {
            List<Map<String, Object>> rows = new ArrayList<>();
            analysis.getCauses().stream().filter(c -> c.getCategory() == category)
                    .forEach(c -> rows(plan, c, 0, numbers, rows));
            categories.add(Map.of("name", CATEGORY_NAMES.get(category), "causes", rows, "empty", rows.isEmpty()));
        }
        view.put("categories", categories);
        // A cause with no category (R67) would otherwise vanish from the worksheet.
        List<Map<String, Object>> uncategorized = new ArrayList<>();
        analysis.getCauses().stream().filter(c -> c.getCategory() == null)
                .forEach(c -> rows(plan, c, 0, numbers, uncategorized));
        view.put("uncategorized", uncategorized);
        return view;
    }

    /** The cause's row, then its sub-causes' rows under it, each one level deeper. */
    private static void rows(ImplementationPlan plan, Cause cause, int depth, Map<Cause, String> numbers,
            List<Map<String, Object>> rows) {
        Set<Action> viaInterventions = cause.getInterventions().stream().flatMap(i -> i.getActions().stream())
                .collect(Collectors.toSet());
        List<Map<String, Object>> direct = addressing(plan, cause).stream().filter(a -> !viaInterventions.contains(a))
                .map(a -> ActionRefs.of(plan, a)).toList();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("number", numbers.get(cause));
        row.put("anchor", anchor(numbers.get(cause)));
        row.put("description", Formats.text(cause.getDescription()));
        row.put("sub", depth > 0);
        row.put("indent", "indent-" + Math.min(depth, 3));
        row.put("whys", cause.getWhys().stream().map(Why::getText).map(Formats::text).toList());
        row.put("details", Formats.text(cause.getDetails()));
        row.put("interventions", cause.getInterventions().stream().map(i -> intervention(plan, i)).toList());
        row.put("alsoAddressedBy", direct);
        row.put("noIntervention", cause.getInterventions().isEmpty() && direct.isEmpty());
        rows.add(row);
        for (Cause sub : cause.getSubCauses()) {
            rows(plan, sub, depth + 1, numbers, rows);
        }
    }

    private static Map<String, Object> intervention(ImplementationPlan plan, Intervention intervention) {
        return Map.of("description", Formats.text(intervention.getDescription()), "actions",
                intervention.getActions().stream().map(a -> ActionRefs.of(plan, a)).toList(),
                "noAction", intervention.getActions().isEmpty());
    }

    private static Map<String, Object> finding(PolicyFinding finding) {
        return Map.of("code", finding.getItem() == null ? "" : Formats.text(finding.getItem().getCode()),
                "status", finding.getStatus() == null ? "Not reviewed" : Formats.words(finding.getStatus()));
    }

    private static void actionPlan(ImplementationPlan plan, LocalDate asOf, Map<Cause, String> numbers,
            Map<String, Object> view) {
        List<Action> sorted = plan.getActions().stream()
                .sorted(Comparator.comparing(Action::getDue, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Action action : sorted) {
            Map<String, Object> row = new LinkedHashMap<>(ActionRefs.of(plan, action));
            row.put("anchor", "d05-action-" + ActionRefs.number(plan, action));
            row.put("description", Formats.text(action.getDescription()));
            row.put("successMeasure", Formats.text(action.getSuccessMeasure()));
            row.put("noSuccessMeasure", action.getSuccessMeasure() == null || action.getSuccessMeasure().isBlank());
            row.put("cost", action.getCost() == null ? "" : Formats.money(action.getCost()));
            row.put("overdue", action.getDue() != null && asOf != null && action.getDue().isBefore(asOf)
                    && (action.getStatus() == ActionStatus.PLANNED || action.getStatus() == ActionStatus.IN_PROGRESS));
            row.put("causes", action.getAddresses().stream().map(c -> Map.of("number",
                    numbers.getOrDefault(c, "?"), "anchor", anchor(numbers.getOrDefault(c, "?")), "description",
                    Formats.text(c.getDescription()))).toList());
            row.put("findings", action.getFindings().stream().map(RootCauseView::finding).toList());
            row.put("tasks", action.getTasks().stream().map(RootCauseView::task).toList());
            row.put("noCause", action.getAddresses().isEmpty());
            rows.add(row);
        }
        view.put("actions", rows);
        view.put("actionCount", rows.size());
        Map<ActionStatus, Long> byStatus = plan.getActions().stream().filter(a -> a.getStatus() != null)
                .collect(Collectors.groupingBy(Action::getStatus, () -> new EnumMap<>(ActionStatus.class),
                        Collectors.counting()));
        view.put("actionStatuses", byStatus.entrySet().stream()
                .map(e -> e.getValue() + " " + Formats.words(e.getKey()).toLowerCase()).toList());
        BigDecimal total = plan.getActions().stream().map(Action::getCost).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        view.put("costed", plan.getActions().stream().filter(a -> a.getCost() != null).count());
        view.put("totalCost", Formats.money(total));
        view.put("withoutOwner", plan.getActions().stream().filter(a -> a.getOwner() == null).count());
        view.put("withoutDue", plan.getActions().stream().filter(a -> a.getDue() == null).count());
        view.put("overdue", rows.stream().filter(r -> (Boolean) r.get("overdue")).count());
    }

    private static String task(Task task) {
        String name = Formats.text(task.getName());
        return task.getTemplate() == null || task.getTemplate().getCode() == null ? name
                : task.getTemplate().getCode() + " " + name;
    }

    private static String anchor(String number) {
        return "d05-cause-" + number.replace('.', '-');
    }
}
