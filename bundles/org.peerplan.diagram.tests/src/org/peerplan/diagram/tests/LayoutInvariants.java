package org.peerplan.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.peerplan.diagram.Box;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.Edge;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;

/**
 * What every laid-out diagram must satisfy to be read on a page: siblings do not overlap, children lie inside their
 * container, a node's inside labels lie inside it, no label covers another label or a node it does not belong to,
 * everything lies inside the diagram, and every node id is unique.
 */
final class LayoutInvariants {

    private LayoutInvariants() {
    }

    static void assertClean(Diagram diagram) {
        List<String> problems = problems(diagram);
        assertEquals(List.of(), problems, diagram.name() + " has layout problems");
    }

    static List<String> problems(Diagram diagram) {
        List<String> problems = new ArrayList<>();
        Box page = new Box(0, 0, diagram.width(), diagram.height());
        List<Node> all = diagram.allNodes().toList();
        Set<String> duplicates = all.stream().collect(Collectors.groupingBy(Node::id, Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
        duplicates.forEach(id -> problems.add("node id " + id + " is used more than once"));
        List<Node> roots = new ArrayList<>(diagram.nodes());
        if (diagram.legend() != null) {
            roots.add(diagram.legend());
        }
        checkSiblings(roots, problems);
        Map<Label, Node> owners = new HashMap<>();
        for (Node node : all) {
            if (!page.contains(node.box())) {
                problems.add(node + " lies outside the diagram " + page + ": " + node.box());
            }
            for (Node child : node.children()) {
                if (!node.box().contains(child.box())) {
                    problems.add(child + " sticks out of its container " + node);
                }
            }
            checkSiblings(node.children(), problems);
            for (Label label : node.labels()) {
                owners.put(label, node);
                if (!node.box().contains(label.box())) {
                    problems.add("the label '" + label.text() + "' sticks out of " + node);
                }
            }
            for (Label label : node.outsideLabels()) {
                owners.put(label, node);
                if (!page.contains(label.box())) {
                    problems.add("the label '" + label.text() + "' lies outside the diagram");
                }
                for (Node other : all) {
                    if (other != node && other.children().isEmpty() && other.box().overlaps(label.box())) {
                        problems.add("the label '" + label.text() + "' of " + node + " covers " + other);
                    }
                }
            }
        }
        for (Edge edge : diagram.allLines().toList()) {
            if (edge.label() != null) {
                owners.put(edge.label(), null);
            }
            edge.points().stream().filter(p -> !page.contains(p)).findFirst()
                    .ifPresent(p -> problems.add("the line " + edge.id() + " leaves the diagram at " + p));
        }
        List<Label> labels = new ArrayList<>(owners.keySet());
        labels.addAll(diagram.headings());
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                if (labels.get(i).box().overlaps(labels.get(j).box())) {
                    problems.add("the labels '" + labels.get(i).text() + "' and '" + labels.get(j).text()
                            + "' overlap");
                }
            }
        }
        return problems;
    }

    private static void checkSiblings(List<Node> siblings, List<String> problems) {
        for (int i = 0; i < siblings.size(); i++) {
            for (int j = i + 1; j < siblings.size(); j++) {
                if (siblings.get(i).box().overlaps(siblings.get(j).box())) {
                    problems.add(siblings.get(i) + " and " + siblings.get(j) + " overlap");
                }
            }
        }
    }
}
