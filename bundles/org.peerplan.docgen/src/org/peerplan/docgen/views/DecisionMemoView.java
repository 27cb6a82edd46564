package org.peerplan.docgen.views;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peerplan.core.plan.Labels;
import org.peerplan.model.DecisionTopic;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Person;
import org.peerplan.model.PolicyDecision;
import org.peerplan.model.Task;
import org.peerplan.model.catalog.Catalog;
import org.peerplan.model.catalog.ChecklistDef;
import org.peerplan.model.catalog.ChecklistItemDef;

/**
 * D20, the memo on hiring people who receive services at the agency (DOMAIN §10): the plan's position and safeguards,
 * set against the worries and counterpoints the handbook names (catalog checklist {@value #WEIGHED}), and the task
 * that asks for the decision.
 */
final class DecisionMemoView {

    /** The catalog's worries (HSR-W…), counterpoints (HSR-C…) and caution (HSR-N…). */
    static final String WEIGHED = "HSR";

    /** The task template that asks for the position. */
    private static final String TASK = "S1-T8";

    private DecisionMemoView() {
    }

    static Map<String, Object> of(ImplementationPlan plan, Catalog catalog) {
        Optional<PolicyDecision> decision = plan.getDecisions().stream()
                .filter(d -> d.getTopic() == DecisionTopic.HIRING_SERVICE_RECIPIENTS).findFirst();
        Optional<ChecklistDef> weighed = catalog.getChecklists().stream().filter(c -> WEIGHED.equals(c.getCode()))
                .findFirst();
        List<ChecklistItemDef> items = weighed.map(c -> List.copyOf(c.getItems())).orElse(List.of());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("present", decision.isPresent());
        view.put("title", Formats.text(decision.map(PolicyDecision::getTitle).orElse(null)));
        view.put("position", Formats.text(decision.map(PolicyDecision::getPosition).orElse(null)));
        view.put("safeguards", decision.map(PolicyDecision::getSafeguards).map(DecisionMemoView::sentences)
                .orElse(List.of()));
        view.put("decidedOn", decision.map(PolicyDecision::getDecidedOn).map(Formats::date).orElse(""));
        view.put("decidedBy", Formats.text(decision.map(PolicyDecision::getDecidedBy).map(Person::getName)
                .orElse(null)));
        view.put("worries", entries(items, "HSR-W"));
        view.put("counterpoints", entries(items, "HSR-C"));
        view.put("cautions", entries(items, "HSR-N"));
        view.put("source", weighed.map(c -> Formats.text(c.getCitation().getSection())).orElse(""));
        view.put("receivingServices", plan.getAgency().getPeople().stream().filter(Person::isReceivesServices)
                .count());
        Optional<Task> task = plan.getTimeline().getStages().stream().flatMap(s -> s.getTasks().stream())
                .filter(t -> t.getTemplate() != null && TASK.equals(t.getTemplate().getCode())).findFirst();
        view.put("task", Formats.text(task.map(Task::getName).orElse(null)));
        view.put("taskStatus", task.map(t -> Labels.words(t.getStatus())).orElse(""));
        return view;
    }

    private static List<Map<String, String>> entries(List<ChecklistItemDef> items, String prefix) {
        return items.stream().filter(i -> i.getCode() != null && i.getCode().startsWith(prefix))
                .map(i -> Map.of("code", i.getCode(), "name", Formats.text(i.getName()), "text",
                        Formats.text(i.getText())))
                .toList();
    }

    /** A safeguards paragraph as the list a reader checks: one entry a sentence. */
    private static List<String> sentences(String text) {
        return Arrays.stream(text.strip().split("(?<=[.!?])\\s+(?=[A-Z])")).filter(s -> !s.isBlank()).toList();
    }
}
